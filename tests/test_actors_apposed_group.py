"""A named group described in an apposition ("X, an armed faction, claimed the raid") is the actor by its name,
and blame or a claim reaches past the apposition to the event (GUIDE: "Kataib Hezbollah (claimed)")."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str):
    [inc] = ex.extract(text, id="t", published=date(2025, 6, 20)).incidents
    return list(inc.actors)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "A rocket hit an American outpost near Erbil on Tuesday. Kataib Hezbollah, an influential Iraqi "
            "armed faction, claimed the rocket attack.",
            ["Kataeb Hezbollah (claimed)"],
        ),
        (
            "Militants shot dead 12 soldiers in a raid on a checkpoint near Mopti on Saturday. Officials blamed "
            "JNIM, a jihadist coalition, for the raid.",
            ["JNIM (blamed)"],
        ),
    ],
)
def test_the_name_before_its_apposition_acts(ex, text, actors):
    assert _actors(ex, text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "A rocket hit an American outpost near Erbil on Tuesday. An influential Iraqi armed faction "
            "claimed the rocket attack.",
            ["Iraqi armed faction"],
        ),
        (
            "A rocket hit an American outpost near Erbil on Tuesday. Kataib Hezbollah claimed the rocket attack.",
            ["Kataeb Hezbollah (claimed)"],
        ),
        (
            "Militants shot dead 12 soldiers in a raid on a checkpoint near Mopti on Saturday. Officials blamed "
            "JNIM for the raid.",
            ["JNIM (blamed)"],
        ),
    ],
)
def test_controls_without_an_apposition_stay(ex, text, actors):
    assert _actors(ex, text) == actors


def test_a_blame_of_no_party_names_no_event(ex):
    assert ex.extract("The army blamed the heavy rain for the delay.", id="t", published=date(2025, 6, 20)).incidents == ()
