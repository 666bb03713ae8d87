"""Unnamed warplanes an army tells of striking the armed groups it fights are its own (its state's, in a
story of one country): armed groups fly none. Not where they hit anything else or the army itself."""

from datetime import date

import pytest


def _actors(ex, text):
    return [(i.type, i.actors) for i in ex.extract(text, id="x", published=date(2025, 6, 3)).incidents]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The army said aircraft struck RSF positions near Bara on Sunday, killing dozens of fighters."
         " Sudan's war began in April 2023.", "Sudan"),
        ("The military said jets bombed rebel hideouts in the hills near Lashio on Monday."
         " Myanmar's junta has lost ground since 2023.", "Myanmar"),
        ("An army spokesman said warplanes struck militants near Kidal on Friday. Mali's army has fought"
         " jihadists for a decade.", "Mali"),
    ],
)
def test_unnamed_aircraft_on_armed_groups_are_the_armys(ex, text, country):
    assert _actors(ex, text) == [("air_strike", (country,))]


@pytest.mark.parametrize(
    "text",
    [
        # control: the army itself is hit by the aircraft
        "The army said aircraft struck its positions near Bara on Sunday, killing four soldiers. Sudan's war began in 2023.",
        # control: drones are flown by armed groups too
        "The army said drones struck the airport in Port Sudan on Sunday. Sudan's war began in 2023.",
        # control: the army of a people named speaks of a strike on its own land
        "The Lebanese army said aircraft struck a house in the southern town of Khiam on Sunday, killing two people.",
    ],
)
def test_aircraft_hitting_others_stay_unread(ex, text):
    assert all(actors == () for _, actors in _actors(ex, text))
