"""A bare "hit" that took lives is an attack only where something armed is told with it (a weapon, an armed
party, a site strikes aim at, a military victim): a vehicle hit on a road with a toll and nothing armed is a
road accident, no incident of any type."""

from __future__ import annotations

from datetime import date

import pytest


def _read(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="t", published=date(2025, 9, 12)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "A coach was hit on the motorway outside Hyderabad on Wednesday, killing six travellers, officials said.",
        "A van was hit on the ring road near Faisalabad on Monday, killing three, police said.",
    ],
)
def test_road_hit_with_toll_is_no_incident(ex, text):
    assert _read(ex, text) == []


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        # controls: an armed doer, a weapon, a site strikes aim at, or an attack word still tell an attack
        ("Militants hit a van on the ring road near Bannu on Monday, killing three, police said.", "armed_clash"),
        ("A drone hit a van on the ring road near Kherson on Monday, killing three, officials said.", "drone_attack"),
        ("A fuel depot was hit outside Kherson on Monday, killing three, officials said.", "air_strike"),
        ("A van was attacked on the ring road near Bannu on Monday, killing three, police said.", "armed_clash"),
    ],
)
def test_armed_hit_stays_an_attack(ex, text, typ):
    assert [t for t, _ in _read(ex, text)] == [typ]
