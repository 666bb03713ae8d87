"""An attack told as "a ... missile attack" counts one attack, not one missile: a retelling that counts its
weapons ("fired 40 missiles and 100 drones") sizes the salvo (GUIDE: count is the number of projectiles),
while one weapon told as the doer ("A missile struck X") keeps its count of one."""

from __future__ import annotations

from datetime import date

import pytest


def _counts(ex, text):
    found = ex.extract(text, id="t", published=date(2025, 4, 5)).incidents
    return [(i.type, i.count) for i in found]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Russia carried out a huge missile attack on Ukraine overnight, killing six people. Russia fired 35 "
            "missiles and 90 drones at Ukraine, the air force said.",
            125,
        ),
        ("Russia launched a missile attack on Kyiv overnight. The attack involved 22 missiles, officials said.", 22),
    ],
)
def test_attack_noun_takes_the_weapons_counted(ex, text, count):
    assert _counts(ex, text) == [("missile_attack", count)]


def test_one_weapon_as_doer_keeps_its_count(ex):
    text = (
        "A missile struck a school in Lviv on Friday, officials said. The missile was fired from the Black Sea, and "
        "the air force said 12 missiles were launched overnight."
    )
    assert _counts(ex, text) == [("missile_attack", 1)]
