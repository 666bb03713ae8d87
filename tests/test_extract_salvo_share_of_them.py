"""A share of a salvo told by "of them" or "all but N" after the verb that stopped it is counted whatever the
verb ("destroyed" as "shot down") and with a qualifier before its number ("at least 45 of them"); "all but two"
ending its clause is the rest of the salvo told before, as "all but two of them" is."""

from __future__ import annotations

from datetime import date

import pytest


def _stopped(ex, text):
    found = ex.extract(text, id="t", published=date(2025, 4, 3)).incidents
    return [i.count for i in found if i.type == "interception"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Moscow sent 70 drones toward Ukraine late on Tuesday. Air defences destroyed at least 52 of them.", 52),
        ("Moscow sent 70 drones toward Ukraine late on Tuesday. Air defences destroyed 52 of them.", 52),
        ("Moscow sent 70 drones toward Ukraine late on Tuesday. Air defences downed at least 52 of them.", 52),
        ("Moscow sent 40 drones toward Ukraine late on Tuesday. Air defences downed all but three, officials said.", 37),
        ("Moscow sent 40 drones toward Ukraine late on Tuesday. Air defences destroyed all but three of them.", 37),
        # control: the weapon named in the clause, counted as before
        ("Air defences destroyed at least 30 drones over the Belgorod region, the ministry said.", 30),
    ],
)
def test_share_of_salvo_stopped_is_counted(ex, text, count):
    assert _stopped(ex, text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        # a share of something else, or no salvo fired before
        "Moscow sent 70 drones toward Ukraine late on Tuesday. Air defences destroyed 12 of the tanks.",
        "Russian units shelled the village on Tuesday. Ukrainian troops destroyed 12 of them, the brigade said.",
    ],
)
def test_other_share_destroyed_is_no_interception(ex, text):
    assert _stopped(ex, text) == []
