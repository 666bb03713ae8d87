"""Incidents at sea: boats that are weapons or an armed group's craft, destroyed together, are one
engagement; merchant ships hit are still one attack per ship."""

from __future__ import annotations

from datetime import date


def _types(ex, text: str) -> list[str]:
    return [i.type for i in ex.extract(text, id="t", published=date(2024, 2, 8)).incidents]


def test_drone_boats_destroyed_together_are_one_event(ex):
    assert len(_types(ex, "American forces destroyed three drone boats in the Red Sea on Tuesday, officials said.")) == 1


def test_an_armed_groups_boats_destroyed_together_are_one_event(ex):
    assert len(_types(ex, "American forces destroyed two Houthi boats in the Red Sea on Tuesday, officials said.")) == 1


def test_merchant_ships_hit_stay_one_attack_each(ex):
    """Control: two tankers hit are two attacks, as before."""
    assert _types(ex, "Two Liberian tankers were hit by missiles in the Red Sea on Tuesday, officials said.") == [
        "missile_attack",
        "missile_attack",
    ]
