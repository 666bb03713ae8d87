"""The publication date of stamp and dateline forms the dev set of new pages found wrong
(benchmarks/eval_published.py): self-written pages, several wordings per form."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract.dates import read_as_of
from reporter.extract.published import infer_published, published_in_url

AS_OF = date(2026, 1, 31)


def published(text: str) -> date | None:
    with read_as_of(AS_OF):
        return infer_published(text)


# --- a 24-hour clock is no year -------------------------------------------------------------------


@pytest.mark.parametrize(
    "clock",
    ["at 1945 GMT", "(1945 GMT)", "at 2030 hrs", "at 2000 hours local time", "shortly after 1930 UTC"],
)
def test_a_four_digit_clock_gives_no_year_to_a_yearless_dateline(clock):
    # no year anywhere: the dateline's day stays unfixed, as the GUIDE keeps a yearless day
    text = f"TOWNVILLE, Country, Feb 2 (Agency) - A shell hit a school {clock} on Thursday, officials said."
    assert published(text) is None


def test_a_year_the_text_names_still_fixes_a_yearless_dateline_beside_a_clock():
    text = (
        "TOWNVILLE, Feb 2 (Agency) - A shell hit a school at 1945 GMT on Thursday, the worst attack"
        " on the town since the siege of 2022, officials said. The siege lasted into 2023."
    )
    assert published(text) == date(2023, 2, 2)


# --- no page is published after it was read -------------------------------------------------------


@pytest.mark.parametrize(
    "later",
    [
        "Elections are due in 2027.",
        "The new base is to open in 2029, the ministry said.",
        "A review will report in 2030.",
    ],
)
def test_a_yearless_dateline_takes_no_year_that_would_put_the_page_after_today(later):
    text = f"PORTVILLE, June 15 (Agency) - Gunmen attacked a police post on Sunday. {later}"
    got = published(text)
    assert got is None or got <= AS_OF


def test_a_yearless_dateline_keeps_a_past_year_beside_a_future_one():
    text = (
        "PORTVILLE, June 15 (Agency) - Gunmen attacked a police post, the worst attack since the"
        " raid of 2023. Elections are due in 2027."
    )
    assert published(text) == date(2023, 6, 15)


@pytest.mark.parametrize(
    "weekday",
    ["", " The army stated on Friday that it held the coast."],
)
def test_a_yearless_dateline_is_after_a_later_month_of_the_year_the_text_tells_as_past(weekday):
    """'PORTVILLE, April 12' over a story that tells 'since the new council took over in October 2024':
    the story's April comes after that October, so it is of 2025. A 'Friday' told in the story, which
    April 12, 2024 was, does not pull it back: that year is ruled out."""
    text = (
        "PORTVILLE, April 12 (Agency) - Gunmen ambushed a patrol near the harbour." + weekday
        + " The region has been tense since the new council took over in October 2024."
    )
    assert published(text) == date(2025, 4, 12)


def test_a_yearless_dateline_keeps_its_year_before_a_later_month_told_ahead():
    text = "PORTVILLE, April 12 (Agency) - Gunmen ambushed a patrol. Elections are due by December 2024."
    assert published(text) != date(2025, 4, 12)


# --- month names of other languages in a page's own date ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "CIDADE, 22 de julho de 2025 — Homens armados atacaram uma aldeia durante a noite.",
        "Ataque no norte\nPublicado em 22 de julho de 2025\nHomens armados atacaram uma aldeia.",
        "Ataque en el norte\nPublicado el 22 de julio de 2025\nHombres armados atacaron una aldeia.",
        "Ataque en el norte\n- Mundo\n- julio 22, 2025\n- Sin comentarios\nHombres armados atacaron.",
        "Attaque au nord\nPublié le 22 juillet 2025 à 10h32\nDes hommes armés ont attaqué un village.",
        "Angriff im Norden\n22. Juli 2025, 10:32 Uhr\nBewaffnete griffen ein Dorf an.",
        "Attacco nel nord\n22 luglio 2025\nUomini armati hanno attaccato un villaggio.",
        "ATAQUE NO NORTE\n22 DE JULHO DE 2025\nHomens armados atacaram uma aldeia.",
    ],
)
def test_a_page_date_with_a_month_named_in_another_language(text):
    assert published(text) == date(2025, 7, 22)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ataque\nPublicado el 3 de marzo de 2024\nTexto.", date(2024, 3, 3)),
        ("Attaque\nMis à jour le 1 août 2023\nTexte.", date(2023, 8, 1)),
        ("Angriff\n9. März 2022\nText.", date(2022, 3, 9)),
        ("Attaque\n14 février 2021\nTexte.", date(2021, 2, 14)),
    ],
)
def test_each_month_reads_as_its_own_number(text, want):
    assert published(text) == want


def test_a_foreign_month_without_a_year_gives_no_page_date():
    # a yearless day in the lead is the event's, and no year fixes it
    assert published("Homens armados atacaram a aldeia nesta sexta-feira, 23 de novembro.") is None


def test_an_english_page_reads_as_before():
    assert published("Port struck\nPublished: 15 June 2025\nDrones were intercepted.") == date(2025, 6, 15)
    assert published("KYIV, June 23 (Agency) - Missiles struck the port on Monday in 2025.") == date(
        2025, 6, 23
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Мир\n15:05, 10 июля 2005\nБоевики напали на патруль.", date(2005, 7, 10)),
        ("Новости\n3 марта 2024, 08:15\nТекст.", date(2024, 3, 3)),
        ("Новини\n22 липня 2025 року\nТекст.", date(2025, 7, 22)),
        ("Новини\n1 грудня 2023, 10:00\nТекст.", date(2023, 12, 1)),
    ],
)
def test_a_page_date_with_a_cyrillic_month(text, want):
    assert published(text) == want


# --- a year-first date with dots --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Troops attacked\n\nGunmen attacked a post.\n\nDate\n2021.12.31 / 14:51\nAuthor\nDesk",
        "Troops attacked\n2021.12.31 14:51\nGunmen attacked a post on Friday.",
        "Troops attacked\nPublished: 2021.12.31\nGunmen attacked a post.",
    ],
)
def test_a_year_first_date_written_with_dots(text):
    assert published(text) == date(2021, 12, 31)


def test_a_dotted_number_that_is_no_date_gives_none():
    assert published("Troops attacked\nVersion 2021.13.45 of the map\nGunmen attacked a post.") is None


# --- a stamp run into the headline or the lead by the scrape ------------------------------------------

_HEAD = "Army says it held the border post through a long night of shelling and drone attacks"
_LEAD = (
    "Gunmen attacked the post before dawn, the army said, adding that two soldiers were wounded"
    " and that the road to the town stayed closed for most of the day."
)


@pytest.mark.parametrize(
    "stamp",
    [
        "By Jane Roe Field Desk Mar 4, 2025 4:30 pm 3 min read",
        "By Jane Roe and Tom Poe, Staff Writers March 4, 2025, 16:30 GMT",
        "Jane Roe Mar 4, 2025 · 3 min read",
        "Desk Report | 4 Mar 2025, 14:30",
        "Region · Jane Roe · March 4, 2025",
        "Desk Report | 14:30 March 4, 2025",
        "2025-03-04T14:30:00+03:00",
        "Mar 4, 2025 (Agency Wire) –",
        "PORTVILLE, 4 March, 2025, (Agency):",
        "PORTVILLE (March 4, 2025) —",
        "(Portville / Agency - 4th March, 2025)",
    ],
)
def test_a_stamp_on_a_long_line_with_headline_and_lead(stamp):
    # one paragraph of well over 160 characters: the stamp is told by what stands beside its date
    assert published(f"{_HEAD} {stamp} {_LEAD}") == date(2025, 3, 4)


def test_a_stamp_line_opening_with_its_date_and_a_semicolon():
    assert published(f"4 March 2025; Source: Agency Wire {_LEAD} {_LEAD}") == date(2025, 3, 4)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen attacked the post on Mar 4, 2025 at 4:30 pm, the army said.",
        "The truce (signed on 4 March 2025) - collapsed within a week.",
        "The report (Monitor Group, 4 March 2025) counted the dead.",
        "The post fell on 4 March 2025 - the worst day of the war so far.",
    ],
)
def test_a_story_date_beside_a_clock_or_bracket_in_prose_is_no_stamp(sentence):
    assert published(f"{_HEAD}. {sentence} {_LEAD}") is None


# --- a yearless wire dateline run into the headline ---------------------------------------------------

_STORY = "Gunmen attacked the post on Tuesday, the army said. The post was built in 2025."


@pytest.mark.parametrize(
    "dateline",
    [
        "PORTVILLE, Mar. 4 (Agency Wire) --",
        "PORTVILLE (Agency Wire, March 4) —",
        "Portville, 4 March (Agency) –",
    ],
)
def test_a_wire_dateline_inside_a_line_takes_the_one_year_its_weekdays_agree_with(dateline):
    # 4 March 2025 was a Tuesday
    assert published(f"Army holds the border post after a night of shelling {dateline} {_STORY}") == date(
        2025, 3, 4
    )


@pytest.mark.parametrize(
    "story",
    [
        # two years: which one the dateline's is stays open
        "Gunmen attacked the post on Tuesday, the worst raid since 2019. The post was built in 2025.",
        # 4 March 2025 was no Friday nor a day or two after one
        "Gunmen attacked the post on Friday, the army said. The post was built in 2025.",
    ],
)
def test_a_wire_dateline_inside_a_line_gives_no_date_when_its_year_is_open(story):
    assert published(f"Army holds the border post PORTVILLE, Mar. 4 (Agency Wire) -- {story}") is None


# --- an update and the bare date line of its publication ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Port struck\nJune 4, 2025\nUpdated: June 5, 2025 10:32\nDrones were intercepted over the port.",
        "Updated June 6, 2025\nPort struck\nWednesday, June 4, 2025\nDrones were intercepted over the port.",
    ],
)
def test_an_update_yields_to_the_bare_date_line_days_before_it(text):
    assert published(text) == date(2025, 6, 4)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # weeks apart: the bare line may be another page's
        ("Port struck\nJune 4, 2025\nUpdated: June 25, 2025\nDrones were intercepted.", date(2025, 6, 25)),
        # a "Date:" label is no update
        ("Port struck\nJune 4, 2025\nDate: June 5, 2025\nDrones were intercepted.", date(2025, 6, 5)),
        # a line's update after its own publication date reads as before
        ("Port struck\n4 June 2025 | Updated 5 June 2025\nDrones were intercepted.", date(2025, 6, 4)),
    ],
)
def test_an_update_keeps_its_date_without_a_bare_line_just_before_it(text, want):
    assert published(text) == want


def test_a_byline_stamp_below_a_long_menu():
    menu = "\n".join(["Home", "World", "Region", "Politics", "Business", "Sport", "Opinion"] * 2)
    text = f"{menu}\nPort struck overnight\nBy Jane Roe, Staff Writer June 3, 2025\nDrones were intercepted."
    assert published(text) == date(2025, 6, 3)


@pytest.mark.parametrize(
    "item",
    [
        # a timeline's bulleted item is no field of a stamp line
        "• 4 March 2025 Gunmen attacked the post and the army said that two soldiers were wounded",
        # a photo's credit may date an archive picture
        "(File Photo / Agency - 4th March, 2025)",
    ],
)
def test_a_bulleted_item_or_a_photo_credit_in_a_long_line_is_no_stamp(item):
    assert published(f"{_HEAD}\n{item} {_LEAD}") is None


@pytest.mark.parametrize(
    "text",
    [
        # an archive picture's date alone on a line, over a story of the 2020s
        "Troops leave the northern bases\n\nAugust 19, 1953\n\nThe army said on Monday that its last units "
        "left the northern bases in 2024, after the 2023 agreement. The handover ends in 2025.",
        # a weekday-anchored date of a monument's unveiling, in a story of the 2020s
        "Troops leave the northern bases\nThe monument, unveiled on Monday, July 27, 1953, stands near the base. "
        "The army said in 2024 that its units would leave in 2025 under a 2023 deal.",
    ],
)
def test_a_date_decades_before_the_years_the_text_names_is_no_page_date(text):
    """A date far before most of the years the text names cannot be the page's: a page tells of its
    past and its plans, not mostly of decades after it. Nothing anchored gives None."""
    assert published(text) is None


def test_a_page_about_the_distant_past_keeps_its_stamp():
    """A stamp later than the years the text names is the page's, however old the story it tells."""
    text = "Published: 3 March 2025\nHow the 1953 coup shaped the region. In 1953 the cabinet fell; by 1954 the new order held."
    assert published(text) == date(2025, 3, 3)


# --- a byline's date under a later update; a year run into a reading time ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Last update: March 9, 2025 18:05\nPort struck\nBy Jane Roe June 3, 2024\nDrones were intercepted.",
        "Updated: 12 January 2025\nPort struck\nBy John Doe, Staff Writer 3 June 2024\nDrones were intercepted.",
    ],
)
def test_an_update_months_later_yields_to_the_bylines_date(text):
    """A byline signs the story on its day: an update months later (a site's revision) is not it."""
    assert published(text) == date(2024, 6, 3)


@pytest.mark.parametrize("stamp", ["Tue., June 3, 20242 min. read", "June 3, 202412 min read"])
def test_a_year_run_into_a_reading_time(stamp):
    """ "June 3, 20242 min. read": a scrape ran the stamp's year into its reading time."""
    assert published(f"Port struck\n\nBy The Agency\n{stamp}\n\nDrones were intercepted on Tuesday.") == date(2024, 6, 3)


# --- a stamp with a two-digit year ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "want"),
    [
        ("Last Updated:\n27-06-23, 22:15", date(2023, 6, 27)),
        ("Published: 27.06.23", date(2023, 6, 27)),
        ("Posted on 06/27/23 at 10:15 PM", date(2023, 6, 27)),
        ("Desk Report | 27.06.23 | 10:15", date(2023, 6, 27)),
        ("14/03/24 09:40 GMT", date(2024, 3, 14)),
    ],
)
def test_a_stamp_with_a_two_digit_year(stamp, want):
    """A short year is read as the page's only where a stamp keyword or a clock marks the date."""
    assert published(f"Port struck\n{stamp}\nDrones were intercepted over the port on Tuesday.") == want


@pytest.mark.parametrize(
    "line",
    [
        "The vote is set for 27-06-23 under the draft.",
        "Ticket 12/03/24 was drawn.",
        "Ratio 3.11.25 in the model.",
    ],
)
def test_a_short_year_date_without_keyword_or_clock_is_no_stamp(line):
    assert published(f"Port struck\n{line}\nDrones were intercepted over the port.") is None


# --- a modification is an update --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Port struck\nModified: June 5, 2025\nJune 3, 2025\nDrones were intercepted over the port.",
        "Port struck\nJune 3, 2025\nLast modified on 5 June 2025\nDrones were intercepted over the port.",
    ],
)
def test_a_modification_stamp_yields_to_the_publication_line(text):
    assert published(text) == date(2025, 6, 3)


# --- the day a site prints above its menu -----------------------------------------------------------


@pytest.mark.parametrize(
    "top",
    ["Friday, January 30, 2026", "Fri 30 Jan 2026", "1/30/2026"],
)
def test_the_sites_day_above_the_menu_yields_to_the_story_date_below(top):
    """A site prints the day it is read at its top: a bare line dated later, above the headline,
    is no publication when a bare date line under the headline is dated before it."""
    text = f"{top}\nHome / World / Region\nPort struck overnight\n\nJune 3, 2025\nDrones were intercepted over the port."
    assert published(text) == date(2025, 6, 3)


def test_a_clocked_stamp_above_a_bare_date_line_stays_the_page_date():
    text = "Port struck overnight\n2025-06-04 09:13:51 Source: Agency\nJune 3, 2025\nDrones were intercepted over the port."
    assert published(text) == date(2025, 6, 4)


def test_a_list_of_earlier_dated_lines_below_a_bare_stamp_leaves_the_stamp():
    """Several dated lines under a stamp are a list of other stories, not the site's day above them."""
    text = (
        "Port struck overnight\nJune 3, 2025\nMore on the region\nTalks resume in the capital\nMay 1, 2025\n"
        "Convoy reaches the north\nApril 2, 2025\nDrones were intercepted over the port."
    )
    assert published(text) == date(2025, 6, 3)


def test_a_byline_stamp_below_a_long_menu_of_short_items():
    """A menu's short items do not push the page's date line out of the lines read for stamps."""
    menu = "\n".join(["Home", "World", "Middle East", "Politics", "Business", "Sport", "Share on Social"] * 4)
    text = f"{menu}\nPort struck overnight\nBy Jane Roe, Staff Writer June 3, 2025\nDrones were intercepted over the port."
    assert published(text) == date(2025, 6, 3)


@pytest.mark.parametrize(
    "headline",
    ["Strikes hit the northern port June 3, 2025", "Army says border post held 3 June 2025"],
)
def test_a_stamp_run_onto_the_headlines_end(headline):
    """A scrape may run the page's date onto the end of its headline: a date ending a line, with no
    word tying it into a sentence, is the page's."""
    assert published(f"{headline}\nDrones were intercepted over the port, the army said.") == date(2025, 6, 3)


@pytest.mark.parametrize(
    "line",
    ["The truce held until June 3, 2025", "Drones were intercepted over the port on 3 June 2025"],
)
def test_a_date_tied_into_its_sentence_at_a_lines_end_is_no_stamp(line):
    assert published(f"Port struck\n{line}\nThe army said more strikes could follow.") is None


def test_an_undated_pages_years_are_read_once_and_kept_for_its_next_reading():
    from reporter.extract import published as pub

    text = "Shelling hit the port at 1945 GMT on Friday. Talks stalled in 2023, and the siege began in March 2024."
    found = pub._years_in(text)
    assert found == ((text.index("2023"), 2023), (text.index("2024"), 2024))  # not the clock's "1945"
    assert pub._years_in(text) is found
    other = text.replace("2023", "2022")
    assert [y for _, y in pub._years_in(other)] == [2022, 2024]


def test_the_pages_own_day_is_read_off_the_article_and_its_lower_case_kept():
    from reporter.extract import prefilter

    body = "Talks went on in the capital and the border stayed calm. " * 60
    text = body[:2500] + " Officials confirmed today, March 3, 2025, that the crossing reopened. " + body
    assert published(text) == date(2025, 3, 3)
    assert prefilter._LOWERED[0][0] is text  # the article's lower case, ready for its other patterns
    late = body * 2 + " Officials confirmed today, March 3, 2025, that the crossing reopened."
    assert published(late) is None  # past the first 3000 characters: not the page's day


# --- the page's address dates a page whose text states no day --------------------------------------


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example.org/2024/03/15/drones-hit-a-depot/", date(2024, 3, 15)),
        ("https://news.example.org/world/2023/6/7/rockets-fall-near-a-base", date(2023, 6, 7)),
        ("https://example.com/2022/11/05/story.html", date(2022, 11, 5)),
        ("https://example.com/world/2019/12/31/index.shtml", date(2019, 12, 31)),
    ],
)
def test_a_day_written_in_the_address_path(url, day):
    with read_as_of(AS_OF):
        assert published_in_url(url) == day


@pytest.mark.parametrize(
    "url",
    [
        None,
        "https://example.com/2021/07/10-killed-in-a-market-blast/",  # a count opening the slug
        "https://example.com/2024/01/soldiers-wounded-at-an-outpost.html",  # a month, no day
        "https://example.com/news/article?day=/2024/03/15/",  # the query is not read
        "https://example.com/story/2021-08-30/convoy-ambushed",  # dashed and eight-digit forms: not read
        "https://example.com/20250308/a1b2c3/c.html",
        "https://example.com/stories/310178",
        "https://example.com/2027/01/02/a-story-from-after-the-fetch/",  # after the day it is read
        "https://example.com/2023/02/30/no-such-day/",
    ],
)
def test_no_day_in_the_address(url):
    with read_as_of(AS_OF):
        assert published_in_url(url) is None


def test_the_address_dates_relative_days_only_when_the_text_has_no_stamp():
    from reporter.extract import Extractor

    text = "Drones struck a fuel depot near Mosul on Tuesday, officials said. Two guards were wounded."
    with read_as_of(AS_OF):
        assert infer_published(text) is None
    ex = Extractor()
    plain = ex.extract(text, id="x", fetched=AS_OF)
    dated = ex.extract(text, id="x", url="https://example.com/2024/03/15/depot-hit/", fetched=AS_OF)
    assert plain.published is None and all(i.date is None for i in plain.incidents)
    assert dated.published == "2024-03-15"
    # Tuesday on or before Friday 15 March 2024
    assert [i.date for i in dated.incidents] == ["2024-03-12"]
    stamped = "Published: 10 January 2024\n" + text
    own = ex.extract(stamped, id="x", url="https://example.com/2024/03/15/depot-hit/", fetched=AS_OF)
    assert own.published == "2024-01-10"  # the page's own stamp beats its address


def test_a_yearless_dateline_whose_weekday_fits_no_named_year_takes_the_nearest_year_it_fits():
    # the story names only a past year (2024), in which 13 January was a Saturday; its Tuesday fits 2026
    text = (
        "HARBOURTOWN, Jan 13 (Agency) - The army set a three-day deadline on Tuesday for the rebels to leave "
        "the port.\nThe rebels have held the port since the uprising in 2024, officials said."
    )
    assert published(text) == date(2026, 1, 13)
