"""Weapons told raining on a place are weapons that came down there ("shells rained on the town"): the
weapon types the event as "fell" does, and a drone or missile barrage rained on a place was sent there. Rain
itself, or praise, rains on no one as an event."""

from __future__ import annotations

from datetime import date

import pytest


def _incidents(ex, text: str):
    return ex.extract(text, id="t", published=date(2025, 3, 3)).incidents


@pytest.mark.parametrize(
    ("text", "typ", "place", "killed"),
    [
        ("KADUGLI, Sudan (Wire) - Mortar shells rained on the market on Sunday, killing nine people, a medic said.", "shelling", "Kadugli", 9),
        ("Shells were raining down on Omdurman on Tuesday as the two armies fought, residents said.", "shelling", "Omdurman", None),
        ("Drones rained down on Kharkiv overnight, damaging two homes, the regional governor said.", "drone_attack", "Kharkiv", None),
    ],
)
def test_weapons_that_rained_on_a_place_are_an_event_there(ex, text, typ, place, killed):
    [inc] = _incidents(ex, text)
    assert (inc.type, inc.location, inc.casualties.killed) == (typ, place, killed)


def test_a_party_that_rained_shells_did_it(ex):
    [inc] = _incidents(ex, "The RSF rained shells on Omdurman on Tuesday, killing 14 people, residents said.")
    assert (inc.type, inc.actors, inc.casualties.killed) == ("shelling", ("Rapid Support Forces",), 14)


@pytest.mark.parametrize(
    "text",
    [
        "Rain fell on the city on Sunday.",
        "It rained on Omdurman on Tuesday, residents said.",
        "Criticism rained on the governor after Sunday's vote.",
    ],
)
def test_rain_and_praise_are_no_event(ex, text):
    """Control: no weapon rained, nothing is told."""
    assert _incidents(ex, text) == ()
