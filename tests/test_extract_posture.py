"""Troop posture and milestones: standing figures in worded and elliptical forms, deadlines with precision."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reporter.extract import Extractor
from reporter.sources.document import parse_text

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def test_worded_counts_and_planned_changes(ex):
    """'some two thousand soldiers' counts; 'would send an additional 500 troops' does not."""
    doc = parse_text((FIXTURES / "posture_words.txt").read_text())
    facts = ex.extract(doc.text, id="x", published=doc.published.date())
    assert [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture] == [
        ("Germany", "Lithuania", 2000, "some"),
        ("United Kingdom", "Estonia", 900, "about"),
    ]
    assert [(m.due, m.what) for m in facts.milestones] == [
        ("2026-12", "The Netherlands is to hand over command of the battlegroup")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States has some 2,500 troops in Iraq and about 900 in Syria.",
            [("United States", "Iraq", 2500, "some"), ("United States", "Syria", 900, "about")],
        ),
        ("Across the Middle East, more than 40,000 U.S. troops are deployed.", [("United States", "Middle East", 40000, "more than")]),
        ("About 2,500 American troops are stationed in Iraq, alongside several hundred soldiers.", [("United States", "Iraq", 2500, "about")]),
        ("U.S. forces in Syria number about 2,000, officials said.", [("United States", "Syria", 2000, "about")]),
        ("NATO's 1,000-strong battlegroup in Estonia is led by Britain.", [("NATO", "Estonia", 1000, None)]),
        ("South Korea, which hosts 28,500 American troops, said the drills would go on.",
         [("United States", "South Korea", 28500, None)]),
        ("Russia keeps about 1,500 soldiers in Transnistria, a breakaway region.", [("Russia", "Moldova", 1500, "about")]),
        ("UNIFIL, whose roughly 10,000 peacekeepers are deployed south of the Litani, said it was ready.",
         [("UNIFIL", "Lebanon", 10000, "roughly")]),
        ("Two U.S. service members were wounded in Syria.", []),
        ("The move could bring the number of American troops in Syria below 1,000.", []),
    ],
)  # fmt: skip
def test_posture_forms(ex, text, expected):
    """Standing figures are postures; casualties and hypothetical numbers are not."""
    facts = ex.extract(text, id="x", published=date(2025, 4, 18))
    assert [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture] == expected


def test_milestones_in_one_sentence(ex):
    """Two deadlines in one sentence are two milestones with their own precision."""
    text = (
        "Under a bilateral agreement, coalition forces are scheduled to gradually withdraw, vacating federal "
        "Iraqi bases by September 2025 and fully exiting the autonomous Kurdistan region by the end of 2026."
    )
    facts = ex.extract(text, id="x", published=date(2025, 6, 15))
    assert [(m.due, m.what) for m in facts.milestones] == [
        ("2025-09", "vacating federal Iraqi bases"),
        ("2026-12", "fully exiting the autonomous Kurdistan region"),
    ]


def test_past_deadlines_are_history(ex):
    """A date already past at publication is not a milestone."""
    text = "US troops were to leave Iraq by December 2011 under the agreement."
    assert ex.extract(text, id="x", published=date(2025, 1, 1)).milestones == ()
