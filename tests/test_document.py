"""Plain-text article parsing: front matter, and hard-wrapped lines joined back into sentences."""

from __future__ import annotations

from datetime import UTC, datetime

from reporter.sources.document import parse_text, unwrap_lines


def test_front_matter_fields_are_read():
    """Title, outlet, url and published come from YAML front matter; the body follows it."""
    doc = parse_text("---\ntitle: T\noutlet: Wire\nurl: https://x.org/a\npublished: 2025-06-15\n---\nBody.\n")
    assert (doc.title, doc.outlet, doc.url, doc.text) == ("T", "Wire", "https://x.org/a", "Body.")
    assert doc.published == datetime(2025, 6, 15, tzinfo=UTC)


def test_broken_front_matter_is_left_as_text():
    """Front matter that is not a YAML mapping is kept as article text, not lost."""
    doc = parse_text("---\n- a list\n---\nBody.")
    assert doc.title is None and "Body." in doc.text


def test_front_matter_that_is_not_yaml_is_read_line_by_line_and_said_so():
    """ "title: Iraq: drones downed" is no YAML (a second colon), but its lines are plainly fields: they
    are read as written, the block leaves the text, and the problem is told with its line."""
    doc = parse_text("---\ntitle: Iraq: drones downed\noutlet: Wire\npublished: 2025-06-15\n---\nBody.\n")
    assert (doc.title, doc.outlet, doc.text) == ("Iraq: drones downed", "Wire", "Body.")
    assert doc.published == datetime(2025, 6, 15, tzinfo=UTC)
    assert doc.problem and "line 2" in doc.problem and "not valid YAML" in doc.problem


def test_hard_wrapped_paragraphs_are_joined():
    """A sentence broken across lines by hard wrapping becomes one line again."""
    text = (
        "Three drones attacked Erbil air base on Wednesday, wounding one contractor, an Iraqi\n"
        "security official said. The attack was the third this month on the base, which\n"
        "hosts coalition troops.\n\n"
        "A second paragraph starts here and runs on for a while before it wraps onto\n"
        "the next line."
    )
    assert unwrap_lines(text).split("\n") == [
        "Three drones attacked Erbil air base on Wednesday, wounding one contractor, an Iraqi security official "
        "said. The attack was the third this month on the base, which hosts coalition troops.",
        "",
        "A second paragraph starts here and runs on for a while before it wraps onto the next line.",
    ]


def test_paragraph_per_line_text_is_unchanged():
    """Text with one paragraph per line, headline and list items keeps its line breaks."""
    text = (
        "Drones downed over Iraq\n"
        "Two drones were shot down over Iraq on Sunday, officials said.\n"
        "The coalition said:\n"
        "- no casualties\n"
        "- no damage"
    )
    assert unwrap_lines(text) == text


def test_lower_case_continuation_is_joined_even_when_not_hard_wrapped():
    """A line that continues in lower case joins the line before it."""
    assert unwrap_lines("Rockets hit the base late\non Sunday night, police said.\n") == (
        "Rockets hit the base late on Sunday night, police said.\n"
    )


def test_a_stamp_or_byline_line_keeps_its_break_in_hard_wrapped_text():
    """A short line ending with a dated year ('March 3, 2026', 'By Staff in Basra 3 March 2026') is the
    page's stamp, so the publication date is read from it; it never joins the caption above it."""
    text = (
        "Smoke rises over the port after the strike on Tuesday night, seen from the old\n"
        "harbour road where residents gathered to watch the fires / Photo: Wire\n"
        "March 3, 2026\n"
        "By Staff in Basra 3 March 2026\n"
        "Rockets hit the port of Basra on Tuesday night, wounding two dockers, officials\n"
        "said on Wednesday."
    )
    lines = unwrap_lines(text).split("\n")
    assert "March 3, 2026" in lines and "By Staff in Basra 3 March 2026" in lines


def test_a_short_title_line_of_a_web_page_keeps_its_break():
    """A web page holds each paragraph on one long line; its title and list lines carry no stop. Enough
    of them make the text look hard-wrapped, but a wrapped line runs near the text's longest: a short
    line under paragraphs of hundreds of characters is a title, and never joins the caption below it."""
    title = "Militia Commander Killed In Strike Near Border Town Officials Say Was Planning Raids"
    caption = "A patrol boat sails past the harbour wall in Portville on March 2, 2011."
    teaser = "Storm closes mountain roads across the northern provinces for a third day"
    body = (
        "Aircraft struck a vehicle near the border town on Friday, killing a militia commander whom the army "
        "accused of planning raids on its outposts, two officials said, adding that two more men in the car "
        "were wounded and taken to a hospital in the provincial capital."
    )
    text = "\n".join([title, caption, "Staff Writer", teaser, "Markets slip as fuel prices climb again", body])
    assert unwrap_lines(text).split("\n") == text.split("\n")


def test_a_long_line_without_spaces_does_not_stop_a_hard_wrapped_text_joining():
    """The wrap width is read from prose lines: a pasted address runs past the width with no space to
    break at, and must not make the wrapped lines of the paragraphs look short."""
    address = "https://example.org/reports/" + "a" * 150
    text = "\n".join(
        [
            "Two drones were shot down late on Tuesday over",
            "Kirkuk province, the defence ministry said on",
            "Wednesday, adding that nobody was hurt by debris.",
            address,
            "",
            "A second statement said that the air defences of",
            "Erbil had been placed on full alert since Monday.",
        ]
    )
    assert unwrap_lines(text).split("\n") == [
        "Two drones were shot down late on Tuesday over Kirkuk province, the defence ministry said on "
        "Wednesday, adding that nobody was hurt by debris.",
        address,
        "",
        "A second statement said that the air defences of Erbil had been placed on full alert since Monday.",
    ]
