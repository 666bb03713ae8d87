"""The brief as a reader meets it: notes in words, sources by their sentence, every map number
accounted for. Each test renders the PDF (or the map's SVG and caption) and reads it back."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pypdf

from reporter.brief.build import build_brief, key_points
from reporter.brief.render import render_brief
from tests.test_brief_helpers import load_articles, load_spec

AS_OF = datetime(2025, 6, 16, 6, 0, tzinfo=UTC)


def _built(tmp_path, articles=None, facts=None):
    config, spec = load_spec(tmp_path)
    if articles is None:
        articles, facts = load_articles()
    data = build_brief(spec, articles=articles, facts=facts, as_of=AS_OF, period_start=None, issue=3)
    return data, spec, config


def _pdf_text(data, spec, config) -> str:
    reader = pypdf.PdfReader(io.BytesIO(render_brief(data, spec=spec, config=config).pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_untitled_source_is_cited_by_its_sentence_not_its_page_stamp(tmp_path):
    """A scraped page opens with its date stamp and dateline; the source list shows the sentence."""
    articles, facts = load_articles()
    cited = next(a for a in articles if facts.get(a.id) and facts[a.id].incidents)
    text = "date 2025-06-14 ERBIL, Iraq — Rockets hit the base at dawn on Friday. More follows here."
    bare = replace(cited, title=None, text=text)
    data, spec, config = _built(tmp_path, [bare if a is cited else a for a in articles], facts)
    flat = _pdf_text(data, spec, config)
    assert "“Rockets hit the base at dawn on Friday.”" in flat
    assert "date 2025-06-14" not in flat and "ERBIL" not in flat


def test_log_notes_say_what_is_uncertain_in_words(tmp_path):
    """A range of days, a named place without coordinates and a country-level place are noted in
    plain words; an undated incident is not noted twice ('date unknown ... (undated)')."""
    data, spec, config = _built(tmp_path)
    a, b, c, *rest = data.incidents
    ranged = replace(
        a, date="2025-06-10/2025-06-12", date_from="2025-06-10", date_to="2025-06-12",
        date_precision="range", location="Qara Tepe", country="Iraq", place_precision="named place",
        lat=None, lon=None,
    )  # fmt: skip
    country = replace(b, location="Syria", country="Syria", place_precision="country")
    undated = replace(c, date=None, date_from=None, date_to=None, date_precision="unknown")
    data = replace(data, incidents=[ranged, country, undated, *rest])
    flat = _pdf_text(data, spec, config)
    assert "Qara Tepe, Iraq (exact day not given; not on the map)" in flat
    assert "· Syria (country only)" in flat
    assert "place-level" not in flat and "(between" not in flat and "undated;" not in flat
    assert "(undated)" not in flat


def test_map_caption_accounts_for_incidents_without_coordinates(tmp_path):
    """Every log number is on the map or in its caption: those without coordinates are listed."""
    data, spec, config = _built(tmp_path)
    first, *rest = data.incidents
    lost = replace(first, location="Qara Tepe", place_precision="named place", lat=None, lon=None)
    data = replace(data, incidents=[lost, *rest])
    flat = _pdf_text(data, spec, config)
    assert f"Without coordinates, so not drawn: {lost.number}." in flat


def test_according_to_names_each_source_once(tmp_path):
    """The extractor keeps only attribution phrases that are names (test_extract_actors): the log says
    each once, in order, and 'U.S.' ends with one full stop."""
    data, spec, config = _built(tmp_path)
    first, *rest = data.incidents
    told = replace(
        first,
        attributions=(
            "the provincial council",
            "shipping sources",
            "the provincial council",
            "spokeswoman Ann May",
            "U.S.",
        ),
    )
    flat = _pdf_text(replace(data, incidents=[told, *rest]), spec, config)
    assert "According to the provincial council; shipping sources; spokeswoman Ann May; U.S." in flat
    assert "U.S.." not in flat and flat.count("the provincial council") == 1


def test_undated_troop_figure_reads_date_not_reported(tmp_path):
    """A troop figure its report leaves undated says so in the key points, not 'as of —'."""
    data, spec, config = _built(tmp_path)
    assert data.posture, "the fixture has troop figures"
    data = replace(data, posture=[replace(p, as_of=None) for p in data.posture])
    data = replace(data, key_points=key_points(data))
    flat = _pdf_text(data, spec, config)
    assert "(date not reported)" in flat and "as of —" not in flat


def test_timeline_month_labels_are_whole_and_apart():
    """Whatever the span, every month label under the timeline is drawn whole inside the figure and
    apart from its neighbours; the last one is there (a year at the right edge was cut to '202')."""
    import itertools
    import re

    from reporter.brief.charts import SMALL, WIDTH_PT, timeline
    from reporter.brief.commitments import MergedMilestone
    from reporter.brief.svg import text_width

    today = date(2026, 3, 1)
    for months in range(6, 96, 5):
        dues = [today - timedelta(days=30 * months), today + timedelta(days=30 * (months % 11))]
        rows = [
            MergedMilestone(
                key=f"m{k}", what=f"the unit leaves camp {k}", due=d.isoformat(), due_date=d.isoformat(),
                status="due", days=(d - today).days, status_text="", sources=(1,),
            )
            for k, d in enumerate(dues)
        ]  # fmt: skip
        (svg,) = timeline(rows, today=today, width=WIDTH_PT)
        labels = re.findall(
            rf'<text x="([\d.]+)" y="[\d.]+" font-size="{SMALL:g}"[^>]*>(\w{{3}} \d{{4}})<', svg
        )
        spans = sorted(
            (float(x) - text_width(t, SMALL) / 2, float(x) + text_width(t, SMALL) / 2) for x, t in labels
        )
        assert spans, months
        assert all(a >= 0 and b <= WIDTH_PT for a, b in spans), (months, labels)
        assert all(b1 <= a2 for (_, b1), (a2, _) in itertools.pairwise(spans)), (months, labels)


def test_troop_parts_are_listed_under_the_level_with_their_sources(tmp_path):
    """A unit or a reinforcement is listed under its row with its own sources; a row with no overall
    level says so, in the table and in the key points, instead of 'figures differ'."""
    from reporter.brief.merge_posture import PosturePart

    data, spec, config = _built(tmp_path)
    figure = data.posture[0]
    parts = (
        PosturePart(count=650, qualifier="about", role="part", label="already there", sources=(1,)),
        PosturePart(count=3000, qualifier="(additional)", role="increment", label="more", sources=(2,)),
    )
    data = replace(data, posture=[replace(figure, count=None, qualifier=None, disagreements=(), parts=parts)])
    data = replace(data, key_points=key_points(data))
    flat = _pdf_text(data, spec, config)
    assert "no overall figure" in flat and "about 650 already there [1]" in flat and "+3,000 more [2]" in flat
    assert "figures differ" not in flat


def test_one_reinforcement_sized_by_two_outlets_is_one_line_with_each_size_sourced(tmp_path):
    """'About 3,000 more' from one outlet and '3,500 more' from another are one reinforcement: one
    line with each size beside its source; a row with no overall figure has no change to tell, so its
    change column does not claim that no earlier figure exists."""
    from reporter.brief.merge_posture import PosturePart

    data, spec, config = _built(tmp_path)
    figure = data.posture[0]
    other = PosturePart(count=3500, qualifier="(additional)", role="increment", label="more", sources=(2,))
    one = PosturePart(
        count=3000, qualifier="about (additional)", role="increment", label="more", sources=(1, 2), others=(other,)
    )
    data = replace(data, posture=[replace(figure, count=None, qualifier=None, disagreements=(), parts=(one,),
                                          change=None, previous=None, previous_as_of=None)])  # fmt: skip
    flat = _pdf_text(data, spec, config)
    assert "+about 3,000 [1] / 3,500 [2] more" in flat
    assert "no earlier figure" not in flat
    # control: a single size keeps its one line and sources
    single = replace(one, sources=(1,), others=())
    data = replace(data, posture=[replace(data.posture[0], parts=(single,))])
    assert "+about 3,000 more [1]" in _pdf_text(data, spec, config)
