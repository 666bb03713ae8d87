"""Posture: "the number of" troops told harmed ("killed", "wounded") before its figure counts a toll,
not a level; the number of troops told where they serve stays one."""

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
        "The number of French troops killed in the Sahel since 2013 has reached 58.",
        "The total of US soldiers wounded in Iraq and Syria since October stands at 180.",
    ],
)
def test_the_number_of_troops_harmed_is_a_toll(ex: Extractor, text: str) -> None:
    assert _levels(ex, text) == []


def test_the_number_of_troops_serving_stays_a_level(ex: Extractor) -> None:
    """Control: no harm told between the number and its figure."""
    text = "The number of British troops in Estonia has reached 1,800."
    assert _levels(ex, text) == [("United Kingdom", "Estonia", 1800)]
