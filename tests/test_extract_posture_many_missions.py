"""Posture: a figure told serving "in 11 missions" or "across a dozen countries" is a sum over many
places, no one place's level, so it takes no place or force from the text before; a figure placed in one
country keeps its level."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

BEFORE = "Kenya contributes around 3,000 troops to the AU force in Somalia, officials said. "


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    "second",
    [
        "Overall, roughly 58,000 peacekeepers serve in 12 missions, the UN said.",
        "In all, some 40,000 blue helmets are spread across a dozen countries.",
    ],
)
def test_a_sum_over_many_places_is_no_level(ex: Extractor, second: str) -> None:
    """The many places' sum gives no level."""
    assert _levels(ex, BEFORE + second) == [("Kenya", "Somalia", 3000)]


def test_a_figure_in_one_country_keeps_its_level(ex: Extractor) -> None:
    """Near miss: a figure placed in one country stays its level."""
    text = BEFORE + "Uganda has some 4,500 soldiers in Somalia, officials said."
    assert ("Uganda", "Somalia", 4500) in _levels(ex, text)
