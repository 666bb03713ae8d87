"""Posture: sailors a country hosts, or sailors based or stationed in one, man a base ashore, a level
there; the sailors of a ship ("the carrier and its 5,000 sailors", "with 5,000 sailors aboard") stay its
crew, no level."""

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
        "Cyprus hosts about 700 French sailors at a naval station.",
        "About 700 French sailors are stationed in Cyprus.",
    ],
)
def test_sailors_ashore_are_a_level(ex: Extractor, text: str) -> None:
    """Sailors at a base on land give a level there."""
    assert _levels(ex, text) == [("France", "Cyprus", 700)]


@pytest.mark.parametrize(
    "text",
    [
        "The French carrier and its 2,000 sailors sailed past Cyprus.",
        "The French carrier, with about 2,000 sailors aboard, docked in Cyprus.",
    ],
)
def test_a_ships_crew_is_no_level(ex: Extractor, text: str) -> None:
    """Near miss: a ship's crew gives no level, wherever the ship is."""
    assert _levels(ex, text) == []
