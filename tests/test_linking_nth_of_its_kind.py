""""It was the fourth attack on X this month" tells the event just told and counts it in a tally: no event of
its own (GUIDE: one record per real event), and a blame told after it goes to that event. A second attack
told with its own place and day ("a second attack hit a post in Y") stays an event of its own."""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 6, 17)  # a Tuesday
LEAD = "A rocket hit a police station in Kirkuk on Sunday, wounding two officers, local officials said. "


def _incidents(ex, text: str):
    return ex.extract(text, id="t", published=DAY).incidents


@pytest.mark.parametrize(
    "tally",
    [
        "It was the third attack on police in the province this month.",
        "It was at least the fifth such attack on security forces since May.",
        "This was the 11th rocket attack on the city's police since the start of the year.",
        "It marked the second attack on the station in as many weeks.",
    ],
)
def test_an_ordinal_tally_is_the_event_just_told(ex, tally):
    incs = _incidents(ex, LEAD + tally)
    assert [(i.type, i.date) for i in incs] == [("rocket_attack", "2025-06-15")], incs


def test_a_blame_after_the_tally_goes_to_the_event_told(ex):
    text = LEAD + "It was the third attack on police in the province this month. Officials blamed Islamic State."
    incs = _incidents(ex, text)
    assert len(incs) == 1 and incs[0].date == "2025-06-15"
    assert any(a.startswith("Islamic State") for a in incs[0].actors), incs[0].actors


def test_control_a_second_attack_with_its_own_scene_stays_two(ex):
    text = "Gunmen attacked a checkpoint in Kirkuk on Friday. Two days later, a second attack hit a police post in Tikrit."
    incs = _incidents(ex, text)
    assert [(i.location, i.date) for i in incs] == [("Kirkuk", "2025-06-13"), ("Tikrit", "2025-06-15")]
