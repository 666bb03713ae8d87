"""A people's "units" are its forces, as its troops are: "Ukrainian units beat back a Russian assault" is a
fight between both sides (GUIDE: armed_clash, the actors are the parties that acted)."""

from __future__ import annotations

from datetime import date

import pytest

_OPENING = "Officials described the fighting, the troops and the military situation. "


def _incidents(ex, text: str):
    return ex.extract(_OPENING + text, id="t", published=date(2025, 6, 3)).incidents


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian units beat back a Russian assault near Pokrovsk on Sunday.",
        "Ukrainian units fought off a Russian assault on the village of Novoselivka on Sunday.",
    ],
)
def test_the_units_that_held_are_a_side_of_the_fight(ex, text):
    [inc] = _incidents(ex, text)
    assert (inc.type, inc.actors) == ("armed_clash", ("Russia", "Ukraine"))


def test_housing_units_are_no_force(ex):
    """Near miss: units of housing told with an attack word make no armed event of a quarrel."""
    assert _incidents(ex, "Vandals attacked 40 housing units in the town of Jenin on Sunday.") == ()
