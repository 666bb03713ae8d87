"""Posture: a state's own army told with a figure in a side of that same state ("in southern X",
"in the eastern part of X") is a level at home (the GUIDE counts a state's own troops sent to a
place at home), where it had been dropped as a host's own army; a foreign army there stays a guest."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract("Officials spoke on Monday. " + text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    "text",
    [
        "Niger's army has 4,000 soldiers in western Niger.",
        "The Nigerien army keeps some 4,000 troops in the western part of Niger.",
    ],
)
def test_own_army_in_a_side_of_its_country_is_a_level_at_home(ex: Extractor, text: str) -> None:
    assert _levels(ex, text) == [("Niger", "Niger", 4000)]


def test_a_foreign_army_in_that_side_stays_a_guest(ex: Extractor) -> None:
    """Near miss: another state's troops there are its level in the host."""
    assert _levels(ex, "Chad keeps 4,000 soldiers in western Niger.") == [("Chad", "Niger", 4000)]


def test_the_whole_army_with_no_place_stays_a_strength(ex: Extractor) -> None:
    """Near miss: the state's army told by its size alone is no level."""
    assert _levels(ex, "Niger's army has 40,000 soldiers.") == []
