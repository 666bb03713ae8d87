"""A barrel bomb is dropped from helicopters or planes: one that hit a place was a raid from the air (GUIDE:
air_strike), not a blast of a planted charge, whoever is left unnamed."""

from __future__ import annotations

from datetime import date


def _types(ex, text: str) -> list[str]:
    return [i.type for i in ex.extract(text, id="t", published=date(2025, 3, 3)).incidents]


def test_barrel_bombs_that_hit_a_town_came_from_the_air(ex):
    assert _types(ex, "IDLIB (Wire) - Barrel bombs struck the town of Kafranbel on Friday, killing 12, rescuers said.") == ["air_strike"]


def test_a_roadside_bomb_stays_a_blast(ex):
    """Control: a charge planted by a road is no raid from the air."""
    text = "KABUL (Wire) - A roadside bomb hit a police vehicle in Kandahar on Friday, killing three officers, officials said."
    assert _types(ex, text) == ["explosion"]
