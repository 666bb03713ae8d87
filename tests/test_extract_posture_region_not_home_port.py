"""Posture: troops told "across the region" after the text named a world region are that region's level,
even where the sentence just before told the state's ships leaving a home port of its own; a figure sent
to the state's own ground the text told just before stays a level at home."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


def test_the_region_is_the_world_region_not_the_home_port(ex: Extractor) -> None:
    """The home port left is no place of the troops told across the region."""
    text = (
        "WASHINGTON (Wire) - The Pentagon is moving roughly 1,500 extra troops to the Middle East, aides said.\n\n"
        "The USS Nimitz carrier group, with some 4,000 sailors aboard, sailed from San Diego on Friday "
        "and is due in the Arabian Sea next month.\n\n"
        "Before the move, the United States had about 35,000 troops spread across the region, aides said."
    )
    levels = _levels(ex, text)
    assert ("United States", "Middle East", 35000) in levels
    assert not any(force == country for force, country, _ in levels)


def test_no_world_region_keeps_its_old_reading(ex: Extractor) -> None:
    """Near miss: with no world region named, the sentence about the home port reads as before."""
    text = (
        "WASHINGTON (Wire) - A destroyer squadron left Norfolk on Friday and will sail east.\n\n"
        "The United States had about 35,000 troops spread across the region, aides said."
    )
    assert not any(country == "Middle East" for _, country, _ in _levels(ex, text))
