"""Posture: a formation (brigade, battalion, garrison) told changing to a new level counts as its troops do,
with or without a which-clause between them; a level in units or arms is no troop level."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract("Officials spoke on Monday. " + text, id="t", published=date(2025, 3, 14))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    "text",
    [
        "Germany's brigade in Lithuania has grown to 1,800.",
        "Germany's brigade in Lithuania, which officials expect to be fully operational in 2027, has grown to 1,800.",
        "Germany's garrison in Lithuania, which Berlin set up with little fanfare, has swollen to 1,800.",
    ],
)
def test_a_formation_changed_to_a_level(ex: Extractor, text: str) -> None:
    assert _levels(ex, text) == [("Germany", "Lithuania", 1800)]


@pytest.mark.parametrize(
    "text",
    [
        "Germany's brigade in Lithuania has grown to three battalions.",
        "The French battalion in Estonia has grown to 40 tanks.",
    ],
)
def test_a_level_in_units_or_arms_is_no_troop_level(ex: Extractor, text: str) -> None:
    """Control: the new level counts battalions or tanks, not soldiers."""
    assert _levels(ex, text) == []
