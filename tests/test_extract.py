"""The extractor meets the facts contract and scores perfectly on the shared seed article."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from reporter.extract import Extractor, infer_published, iter_facts

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCHEMA = SHARED / "contract" / "facts.schema.json"
SEED = SHARED / "eval" / "articles" / "seed.txt"
SCORE = SHARED / "eval" / "score.py"
FIXTURES = Path(__file__).parent / "fixtures" / "extract"

needs_shared = pytest.mark.skipif(not SEED.exists(), reason="shared/ eval files are not beside the repo")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def validate(obj: dict) -> None:
    jsonschema.validate(json.loads(json.dumps(obj)), json.loads(SCHEMA.read_text()))


@needs_shared
def test_seed_output_is_schema_valid_and_grounded(extractor):
    """Every fact of the seed is schema-valid and its evidence is a verbatim slice of the article."""
    text = SEED.read_text()
    facts = extractor.extract(text, id=str(SEED)).to_dict()
    validate(facts)
    assert facts["published"] == "2025-06-15"
    for kind in ("incidents", "troop_posture", "milestones"):
        for item in facts[kind]:
            assert item["evidence"] and item["evidence"] in text
    for m in facts["milestones"]:
        # the clause as written, then perhaps the party and place named around it: "... (coalition)"
        assert m["what"] in text or m["what"].rsplit(" (", 1)[0] in text


@needs_shared
def test_seed_scores_full_marks(tmp_path):
    """score.py gives F1 = 1.0 on every kind for the seed article."""
    pred = tmp_path / "out.jsonl"
    with pred.open("w") as out:
        for f in iter_facts([SEED]):
            out.write(json.dumps(f.to_dict()) + "\n")
    run = subprocess.run(
        [sys.executable, str(SCORE), "--gold", str(SHARED / "eval" / "gold"), "--pred", str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(run.stdout)
    for kind in ("incidents", "troop_posture", "milestones"):
        assert report[kind]["f1"] == 1.0, (kind, report[kind])
    assert report["published_accuracy"] == 1.0


def test_infer_published_from_weekday_and_years():
    """'Sunday, June 15' plus the years a text mentions fixes the publication day."""
    text = "Drones were downed on Sunday, June 15. Troops leave by September 2025 and by the end of 2026."
    assert infer_published(text) == date(2025, 6, 15)
    assert infer_published("Nothing dated here at all.") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            " date 2025-03-02\nA stale header: Tuesday, 02 January 2024\nRockets hit a depot on Monday.",
            date(2025, 3, 2),
        ),
        ("Wire\n2025-08-28 05:01:50\n(Agency) Strikes hit a depot.", date(2025, 8, 28)),
        ("Title line\nOct 10, 2025 1:38 pm | News, Ticker\nTroops pulled back.", date(2025, 10, 10)),
        ("Headline\nPublished On: Tue, 13 May 2025 21:10:05 PKT\nThe truce holds.", date(2025, 5, 13)),
        ("The army said today, October 29, 2025, that a brigade would leave.", date(2025, 10, 29)),
        (
            "TOWNVILLE, June 18 (Wire) - Shells fell on Tuesday, the third time since Friday, June 13.",
            date(2025, 6, 18),
        ),
        ("Headline\nMarch 04, 2025Local Courier\n\nA depot burned.", date(2025, 3, 4)),
        (
            "Headline\nUpdated: 14-06-2025 09:05 IST | Created: 14-06-2025 09:05 IST\nA drone fell.",
            date(2025, 6, 14),
        ),
        (
            "Headline\nBy Press Office Staff, Rivertown, Freedonia Aug 24, 2020 View Gallery contains 1 image\nA raid.",
            date(2020, 8, 24),
        ),
        ("Headline\nSAT, 15 MAR 2025 08:00\nShelling resumed.", date(2025, 3, 15)),
    ],
)
def test_infer_published_from_page_stamps(text, day):
    """Date stamps as pages print them (a leading 'date' line, ISO lines, date-time lines) fix the day."""
    assert infer_published(text) == day


def test_ambiguous_numeric_stamp_read_by_the_weekdays_named():
    """'1/4/2024' is 4 January when the report speaks of Thursday (that day), 1 April when of Monday."""
    assert infer_published("Headline\nUpdated:\n1/4/2024\nTroops were hit on Thursday.") == date(2024, 1, 4)
    assert infer_published("Headline\nUpdated:\n1/4/2024\nTroops were hit on Monday.") == date(2024, 4, 1)


def test_yearless_dates_take_a_year_the_weekdays_fit():
    """A dateline without a year takes the named year whose day the story's weekday fits; a year
    after "since" only bounds the report from below."""
    text = "PORTVILLE, Feb. 28 (Wire) -- Peacekeepers left a base on Wednesday. The base opened in 2005."
    assert infer_published(text + " It closes before May 2024.") == date(2024, 2, 28)
    since = "On Friday, September 19, jets crossed the border, the fortieth time since 2014."
    assert infer_published(since).year > 2014


def test_captions_and_embedded_posts_are_no_stamp():
    """A photo caption or an embedded post's signature carries a date, but not the page's."""
    caption = (
        "Headline\nA soldier walks past a wall in the old town on Aug. 8, 2007. (Photo agency)\nShells fell."
    )
    assert infer_published(caption) is None
    post = "Headline\nShips were warned.\n— Sea Watch Office (@seawatch) February 6, 2024\nA ship was hit."
    assert infer_published(post) is None


def test_page_stamp_dates_no_event(extractor):
    """A stamp glued to the first sentence ("date 2025-06-24 ...") is the page's, not the event's date."""
    facts = extractor.extract(
        " date 2025-06-24 Militants fired rockets at the airport in Erbil on Monday.", id="stamp"
    )
    assert facts.published == "2025-06-24"
    assert [i.date for i in facts.incidents] == ["2025-06-23"]


def test_non_english_and_junk_yield_nothing(extractor):
    """Non-English, empty and binary inputs give empty facts, never an exception."""
    french = "Deux drones lancés depuis l'Iran ont été abattus au-dessus de l'Irak dimanche, selon des responsables."
    for text in (french, "", "\x00\x01\x02 \ufffd" * 50, "<html><body><p>unclosed"):
        facts = extractor.extract(text, id="x")
        assert facts.incidents == () and facts.troop_posture == () and facts.milestones == ()


def test_a_date_alone_on_a_line_below_the_story_is_the_last_resort_page_date():
    """A scrape can leave the page's date line deep in the text; with nothing else to go by it dates
    the page, while a date inside a sentence never does."""
    story = "Gunmen stormed a guest house on Friday.\n\nPolice said the siege ended.\n\n" * 8
    assert infer_published(story + "Sept. 14, 2021\n\nMore lines follow.") == date(2021, 9, 14)
    assert infer_published(story + "Officials met on Sept. 14, 2021 to talk.") is None


@pytest.mark.parametrize("dateline", ["BERLIN (Wire) - ", "BERLIN, March 1, 2026 -- ", "Berlin, March 1 (Wire) - "])
def test_a_milestone_told_first_leaves_the_dateline_out_of_what_is_due(extractor, dateline):
    """The timeline labels a commitment by its clause: the dateline before it is where the reporter
    filed from, no part of the commitment (the evidence keeps the sentence as written)."""
    text = dateline + "Germany will withdraw its troops from Niger by August 31, 2026, the ministry said."
    [m] = extractor.extract(text, id="x", published=date(2026, 3, 1)).milestones
    assert (m.what, m.due) == ("Germany will withdraw its troops from Niger", "2026-08-31")
    assert m.evidence.startswith(dateline.strip()[:6])


def test_a_milestone_told_after_the_pages_stamp_leaves_the_stamp_out(extractor):
    """ "date 2026-03-01 Germany withdrew its last troops from Niger on Sunday": the page's stamp and
    its label word are no part of the step."""
    text = "date 2026-03-01 Germany withdrew its last troops from Niger on Sunday, the ministry said."
    [m] = extractor.extract(text, id="x", published=None).milestones
    assert m.what.startswith("Germany withdrew its last troops from Niger") and m.done
