"""An interception told as a share of a salvo ("40 of the 70 drones launched overnight") after an event at a town
takes that town only when the tally could be that event's: tens of weapons stopped, more than the event counted,
naming no stretch of ground, are the country's air defences at work (as a bare count already is)."""

from __future__ import annotations

from datetime import date

import pytest


def _downed(ex, text):
    f = ex.extract(text, id="t", published=date(2025, 3, 3))
    return [(i.location, i.count) for i in f.incidents if i.type == "interception"]


_BOMB = "A glide bomb hit a clinic in Sumy on Monday, wounding three people, the regional head said."


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (f"{_BOMB} The air force said it had downed 45 of the 80 drones launched overnight.", [("Ukraine", 45)]),
        (f"{_BOMB} Air defences destroyed 31 of the 52 drones sent overnight, the air force said.", [("Ukraine", 31)]),
        # controls: the salvo the event told, a stretch of the town, or a few weapons stay at the town
        ("Russia sent 52 drones at Sumy overnight. Air defences destroyed 31 of the 52 drones.", [("Sumy", 31)]),
        (f"{_BOMB} Air defences shot down 12 of the 20 drones over the city.", [("Sumy", 12)]),
        ("A drone hit a warehouse in Rivne overnight. Air defences shot down two of the drones.", [("Rivne", 2)]),
    ],
)
def test_a_countrys_share_of_a_salvo(ex, text, seen):
    assert _downed(ex, text) == seen
