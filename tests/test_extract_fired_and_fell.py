"""A weapon of untold kind fired and then fallen is typed by its fall (GUIDE: crash, a projectile that fell with no
stated target); a weapon of a named kind keeps the type its kind gives."""

from __future__ import annotations

from datetime import date

import pytest


def _types(ex, text):
    return [i.type for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


def test_a_projectile_fired_and_fallen_is_a_crash(ex):
    text = "A projectile fired from Lebanon fell in an open area near Kiryat Shmona on Monday, the army said."
    assert _types(ex, text) == ["crash"]


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("A rocket fired from Lebanon fell in an open area near Kiryat Shmona on Monday, the army said.", "rocket_attack"),
        ("A missile fired from Yemen fell in an open area near Eilat on Monday, the army said.", "missile_attack"),
    ],
)
def test_a_weapon_of_a_named_kind_fired_and_fallen_keeps_its_kind(ex, text, typ):
    assert _types(ex, text) == [typ]


def test_flying_weapons_destroyed_at_a_named_sea_were_downed(ex):
    text = "U.S. forces destroyed three drones in the Red Sea on Monday, the Pentagon said."
    found = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    assert [(i.type, i.count, i.actors) for i in found] == [("interception", 3, ("United States",))]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # sailing drones as the doers struck a ship
        ("Ukrainian naval drones destroyed a Russian patrol ship in the Black Sea on Monday, Kyiv said.", ["drone_attack"]),
        # a depot in a port on the sea was struck from the air
        ("U.S. jets destroyed a drone depot in the Red Sea port of Hodeidah on Monday, the Pentagon said.", ["air_strike"]),
    ],
)
def test_what_sails_or_stands_in_a_port_on_a_sea_was_not_downed(ex, text, types):
    assert _types(ex, text) == types
