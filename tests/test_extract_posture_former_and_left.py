"""Posture: a former level told with the rule it stood under is kept as a former level (GUIDE: "about (former
level)")."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


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
