"""Weapons stopped that a relative clause says went for a target ("intercepted two drones that targeted the
X base") had a stated target, so the attack on it is an incident besides the interception (GUIDE: an attack
is a stated target attacked with that weapon); an aim only guessed at stays no attack."""

from __future__ import annotations

from datetime import date


def _types(ex, text):
    return sorted(i.type for i in ex.extract(text, id="t", published=date(2025, 3, 9)).incidents)


def test_drones_that_targeted_a_base(ex):
    text = "Air defences on Friday brought down three drones that targeted the Victoria base near Baghdad airport, officials said."
    assert _types(ex, text) == ["drone_attack", "interception"]


def test_missile_which_was_aimed_at_a_city(ex):
    text = "Israeli air defences on Friday intercepted a missile which was aimed at the city of Haifa, the army said."
    assert _types(ex, text) == ["interception", "missile_attack"]


def test_an_aim_guessed_at_stays_only_stopped(ex):
    # near miss: officials only guess where the drones were going
    text = "Air defences on Friday brought down three drones that were possibly heading toward Baghdad airport, officials said."
    assert _types(ex, text) == ["interception"]


def test_drones_with_no_aim_stay_only_stopped(ex):
    # near miss: nothing says what the drones went for
    text = "Air defences on Friday brought down three drones near Baghdad airport, officials said."
    assert _types(ex, text) == ["interception"]
