"""A spot no gazetteer knows, named for an event in a later sentence that refers back to it ("the
strikes hit the X power station"), lies in the town the event was first told at: the place is written
with its town, so readers and other reports can find it. A spot told within another town keeps that town."""

from __future__ import annotations

from datetime import date

import pytest


def _locations(ex, text):
    return [i.location for i in ex.extract(text, id="t", published=date(2026, 2, 11)).incidents]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "Four people were killed when warplanes bombed Hodeidah on Tuesday, rebel media said. "
            "The strikes hit the Zubaira power station, a rebel official added.",
            "Zubaira power station, Hodeidah",
        ),
        (
            "A drone attack on Omdurman killed eleven people on Sunday, medics said. "
            "The drone struck the Qarib market as it was crowded with shoppers.",
            "Qarib market, Omdurman",
        ),
    ],
)
def test_a_spot_named_on_retelling_lies_in_the_town(ex, text, location):
    assert _locations(ex, text) == [location]


def test_a_known_village_is_no_part_of_the_town(ex):
    """Near miss: a village the gazetteer places is its own place, not a spot in the town first told."""
    text = (
        "Russian drones attacked Kharkiv overnight, regional officials said. "
        "The drones hit a school in the village of Cherkaska Lozova, they added."
    )
    assert all(", Kharkiv" not in (loc or "") for loc in _locations(ex, text))
