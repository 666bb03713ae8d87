"""Blasts heard in a district the sentence places in another town (far from the event told before) are no
sound of that event, and the district does not move the event there; a town's people who report what they
heard speak of their town, not as its government.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 6, 3)
BOMB = "A car bomb went off at a checkpoint in Manbij on Sunday, killing two soldiers. "


def _places(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="t", published=DAY).incidents]


@pytest.mark.parametrize(
    "heard",
    [
        "Blasts were also heard in the Mezzeh district of Damascus, state media said.",
        "People in the Mezzeh quarter of Damascus reported hearing loud blasts, state media said.",
        "Residents of the Mezzeh district of Damascus reported hearing loud blasts overnight.",
    ],
)
def test_blasts_heard_in_a_district_of_another_town_stay_apart(ex, heard):
    places = _places(ex, BOMB + heard)
    assert places[0] == ("explosion", "Manbij")
    assert all("Manbij" not in loc for _, loc in places[1:])


def test_blasts_heard_in_a_district_of_the_struck_town_are_its_sound(ex):
    # near miss: the district lies in the town struck: one event, at the finer spot
    text = "Rockets struck Damascus on Sunday, killing two soldiers. Residents of the Mezzeh district of Damascus reported hearing loud blasts."
    assert _places(ex, text) == [("rocket_attack", "Mezzeh district, Damascus")]


def test_a_capital_that_reports_still_speaks(ex):
    # near miss: a capital opening its clause is its government reporting, no scene
    text = "Drones struck a base in Homs on Sunday. Damascus reported no casualties."
    assert _places(ex, text) == [("drone_attack", "Homs")]
