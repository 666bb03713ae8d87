"""A toll that rose, told with a long subject naming the event ("the death toll from strikes on the port of X
rose to 74 on Friday"): the figure is the event's dead, and the day told with the rise is the day the count was
given, not the event's (the event keeps a day of its own, or none)."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _one(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    assert len(incs) == 1, incs
    return incs[0]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The death toll from American strikes on the port of Ras Isa rose to 74 on Friday, Houthi officials said.", 74),
        ("The death toll from the bombing at a market in Mogadishu climbed to 20 on Sunday, police said.", 20),
        ("The number of dead from the strikes on Rafah rose to 35 on Sunday, medics said.", 35),
        ("The death toll from strikes on Gaza reached 50 on Monday, the health ministry said.", 50),
    ],
)
def test_a_risen_toll_is_the_event_s_and_its_day_is_not(ex, text, killed):
    inc = _one(ex, text)
    assert inc.casualties.killed == killed
    assert inc.date is None


@pytest.mark.parametrize(
    ("text", "day", "killed"),
    [
        # the event's own day, told in the subject, stays
        ("The death toll from Israeli air strikes on the Jabalia camp on Tuesday rose to 47 on Wednesday.", "2025-03-04", 47),
        ("The death toll from Saturday's drone attack on a market in Omdurman rose to 56, medics said on Monday.", "2025-03-08", 56),
        # an event told with its day before the toll: that day
        ("Israeli jets struck Rafah on Saturday. The death toll from the strikes rose to 35 on Sunday, medics said.", "2025-03-08", 35),
        # near miss: a toll told as the event's own ("killed 20 on Monday"), with a running total after it
        ("Israeli strikes killed 20 people in Gaza on Monday, raising the death toll to 50,000, officials said.", "2025-03-10", 20),
    ],
)
def test_the_event_s_own_day_stays(ex, text, day, killed):
    inc = _one(ex, text)
    assert inc.date == day
    assert inc.casualties.killed == killed


def test_near_miss_a_rise_that_is_no_toll_leaves_the_day():
    ex = Extractor()
    inc = _one(ex, "Prices rose to 74 dollars on Friday after American strikes on Yemen.")
    assert inc.date == "2025-03-07"
