"""A toll its own clause sets over a stretch of days ("120 civilians had been killed in the province in the last
week of December"), told after an event of one day, counts many events: it is no toll of that event, and,
told by no event word of its own, no incident either. A toll of the event told on its day stays its toll."""

from __future__ import annotations

from datetime import date

import pytest

LEAD = "On Tuesday night, a drone hit a fuel depot in El Fasher. "


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 1, 3))
    return [(i.type, i.date, i.casualties.killed) for i in facts.incidents]


@pytest.mark.parametrize(
    "toll",
    [
        "The UN said more than 120 civilians had been killed in North Darfur in the last week of December.",
        "Aid groups said 64 people had been killed across the state between December 24 and December 31.",
    ],
)
def test_a_toll_over_days_is_no_toll_of_the_drone_attack(ex, toll):
    assert _read(ex, LEAD + toll) == [("drone_attack", "2024-12-31", None)]


def test_the_attack_s_own_toll_stays(ex):
    text = LEAD + "The UN said two civilians had been killed in the strike on Tuesday night."
    assert _read(ex, text) == [("drone_attack", "2024-12-31", 2)]
