"""A ship told first by one noun and then as "the vessel" or "the ship" is the same target: one attack, not two."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 7, 8)  # a Tuesday


def _rows(ex: Extractor, text: str) -> list[tuple[str, str | None]]:
    return [(i.type, i.date) for i in ex.extract(text, id="x", published=PUB).incidents]


def test_the_vessel_struck_retells_the_attack_on_the_carrier(ex):
    text = (
        "MUSCAT (Wire) — A Panama-flagged bulk carrier was attacked with sea drones off Yemen's port of "
        "Hodeidah on Monday, UKMTO said. The vessel was struck about 40 nautical miles west of Hodeidah "
        "and began taking on water, UKMTO said."
    )
    assert [day for _, day in _rows(ex, text)] == ["2025-07-07"]


def test_control_a_second_vessel_on_another_day_is_another_attack(ex):
    text = (
        "MUSCAT (Wire) — A Panama-flagged bulk carrier was attacked with explosive boats off Yemen's port of "
        "Mokha on Monday, the maritime agency said. A second vessel was struck by a missile near Hodeidah on "
        "Tuesday, the agency said."
    )
    assert len(_rows(ex, text)) == 2
