"""Armed men named by whom they serve: men loyal to a group are the group's doing, and a people's rebels or
separatists (a "pro-" side as written) are those men, never that people's state."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 3, 12)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Fighters loyal to Hezbollah fired rockets at an army post near Kiryat Shmona on Sunday.", [("Hezbollah",)]),
        ("Troops loyal to the RSF shelled a displacement camp near Nyala on Sunday.", [("Rapid Support Forces",)]),
        ("Gunmen said to be loyal to Al-Shabaab stormed a police post near Baidoa on Sunday.", [("Al-Shabaab (suspected)",)]),
        ("Sudanese rebels shelled a market in Kadugli on Sunday.", [("Sudanese rebels",)]),
        ("Pro-Turkish militias shelled a village near Manbij on Sunday.", [("Pro-Turkish militias",)]),
        # a backer's name on armed men of no state's force
        ("Kremlin-backed separatists shelled a market in Horlivka on Sunday.", [("Kremlin-backed separatists",)]),
    ],
)
def test_armed_men_are_the_doers_they_serve(ex, text, actors):
    assert _actors(ex, text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a state's own troops keep the state's name
        ("Turkish troops shelled a village near Manbij on Sunday.", [("Turkey",)]),
        # men loyal to a group, struck by another side: the striker acted
        ("Israeli jets bombed a depot of fighters loyal to Hezbollah near Tyre on Sunday.", [("Israel",)]),
        # men loyal to a group as the victims: the killers acted
        ("Israeli troops killed two fighters loyal to Hezbollah near Metula on Sunday.", [("Israel",)]),
    ],
)
def test_near_misses_keep_their_reading(ex, text, actors):
    assert _actors(ex, text) == actors
