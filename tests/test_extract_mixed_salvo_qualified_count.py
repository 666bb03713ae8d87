"""A mixed salvo of drones and missiles is a missile attack (GUIDE) also when the second weapon's
count is qualified ("and nearly 50 missiles"); drones alone stay a drone attack, counts unchanged."""

from __future__ import annotations

from datetime import date

import pytest


def _typed(ex, text):
    found = ex.extract(text, id="t", published=date(2027, 6, 14)).incidents
    return [(i.type, i.count) for i in found]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Moscow sent 620 drones and almost 30 missiles against Ukrainian cities on Sunday, Kyiv said.", 650),
        ("Russia launched 410 drones and more than 20 cruise missiles at Ukraine overnight into Sunday.", 430),
        ("Russia fired 35 missiles and about 200 drones at Ukraine on Sunday, the air force said.", 235),
        ("Russia launched 620 drones and 30 missiles at Ukraine on Sunday, the air force said.", 650),
    ],
)
def test_qualified_second_weapon_keeps_the_salvo_mixed(ex, text, count):
    assert _typed(ex, text) == [("missile_attack", count)]


def test_drones_alone_stay_a_drone_attack(ex):
    text = "Russia launched 620 drones at Ukraine on Sunday, the air force said."
    assert _typed(ex, text) == [("drone_attack", 620)]
