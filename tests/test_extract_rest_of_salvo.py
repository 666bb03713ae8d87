"""The rest of a salvo told as a clause's whole subject ("the three that got through", "the other two", "the
remaining four", "those not intercepted") is those weapons, so a verb of hitting with no means named takes
the weapon last told (GUIDE: a stated target attacked with that weapon), not a raid by aircraft."""

from __future__ import annotations

from datetime import date

import pytest


def _types(ex, text):
    return [i.type for i in ex.extract(text, id="t", published=date(2025, 5, 4)).incidents]


_SALVO = "The rebels fired 20 missiles at Arvid on Saturday, and most of them were intercepted, the army said. "


@pytest.mark.parametrize(
    "rest",
    [
        "The four that got through struck a depot near the Orlan air base.",
        "The other four hit a depot near the Orlan air base.",
        "The remaining four struck a depot near the Orlan air base.",
        "Those that were not intercepted struck a depot near the Orlan air base.",
        "The rest hit a depot near the Orlan air base.",
    ],
)
def test_the_rest_of_a_salvo_is_the_salvos_weapon(ex, rest):
    types = _types(ex, _SALVO + rest)
    assert "air_strike" not in types
    assert "missile_attack" in types


def test_the_rest_of_a_drone_salvo_is_a_drone_attack(ex):
    text = (
        "The rebels sent 12 drones at Arvid on Saturday, and most of them were shot down, the army said. "
        "The other two hit a depot near the Orlan air base."
    )
    types = _types(ex, text)
    assert "air_strike" not in types and "drone_attack" in types


def test_jets_named_after_a_salvo_are_still_a_raid(ex):
    # control: a strike with its aircraft named is a raid whatever was told before it
    text = _SALVO + "Government jets struck a depot near the Orlan air base on Sunday."
    assert "air_strike" in _types(ex, text)
