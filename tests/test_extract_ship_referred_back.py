"""Incidents at sea: in a story of one named ship, "the vessel" hit in a later source's telling is that ship's
attack told again (one record), even where that source places it off a coast instead of at the sea."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text: str) -> list[tuple[str, str | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 8, 22))
    return [(i.type, i.location) for i in facts.incidents]


def test_the_vessel_is_the_named_ship(ex):
    text = (
        "The rebels said on Wednesday they had attacked the oil tanker Marlin in the Red Sea with missiles. "
        "A maritime agency said the vessel was hit twice by unknown projectiles some 60 nautical miles west of Hodeidah."
    )
    assert _incidents(ex, text) == [("missile_attack", "Red Sea")]


def test_a_second_ship_hit_stays_apart(ex):
    """Control: another ship, told by its own kind without the article, is another attack."""
    text = (
        "The rebels said on Wednesday they had attacked the oil tanker Marlin in the Red Sea with missiles. "
        "A maritime agency said a bulk carrier was hit twice by unknown projectiles some 60 nautical miles west of Hodeidah."
    )
    assert len(_incidents(ex, text)) == 2
