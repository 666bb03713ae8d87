"""Posture: a former level told with the rule it stood under is kept as a former level, and the level a planned
cut leaves, its figure told with its own noun, is a planned level (GUIDE: "about (former level)",
"less than (planned)")."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 4))
    return [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture]


@pytest.mark.parametrize(
    ("text", "former"),
    [
        ("The UN mission in Lebanon now counts about 10,000 troops, down from 18,500 under its old mandate.",
         ("UNIFIL", "Lebanon", 18500, "(former level)")),
        ("The US keeps 2,500 troops in Iraq, down from 5,000 under the previous administration.",
         ("United States", "Iraq", 5000, "(former level)")),
        # near miss: a former level told with a time, as before
        ("The US keeps 2,500 troops in Iraq, down from 5,000 a year ago.", ("United States", "Iraq", 5000, "(former level)")),
    ],
)
def test_a_former_level_told_with_the_rule_it_stood_under(ex, text, former):
    assert former in _levels(ex, text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The Pentagon plans to cut the US force in Iraq by half by September, leaving fewer than 1,000 personnel in the country.",
         ("United States", "Iraq", 1000, "fewer than (planned)")),
        ("Officials said Washington plans to halve its force in Syria over the coming months, leaving about 1,000 troops there.",
         ("United States", "Syria", 1000, "about (planned)")),
    ],
)
def test_the_level_a_planned_cut_leaves_is_planned(ex, text, level):
    assert level in _levels(ex, text)


def test_the_level_a_cut_made_left_stands(ex):
    """Near miss: a cut told done leaves the level now."""
    text = "The US withdrew 500 troops from Iraq last year, leaving about 2,000 troops in the country."
    assert ("United States", "Iraq", 2000, "about") in _levels(ex, text)
