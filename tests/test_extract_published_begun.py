"""A yearless dateline whose story names only the year something began in takes a year from it only
when a weekday the story names is the dateline's own day: a weekday a day or two before it fixes none."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract.dates import read_as_of
from reporter.extract.published import infer_published

AS_OF = date(2026, 1, 31)


def published(text: str) -> date | None:
    with read_as_of(AS_OF):
        return infer_published(text)


@pytest.mark.parametrize(
    "text",
    [
        # March 9 2012 is a Friday: "on Wednesday" would fit it as two days before, as it fits any week
        "TOWNVILLE, Country, March 9 (Agency) - Raiders burned a market near the river on Wednesday,"
        " elders said. The revolt in the hills began in 2012.",
        # no year from 2012 on makes March 9 a Tuesday soon enough; 2010 does, before the fighting
        "TOWNVILLE, Country, March 9 (Agency) - A mortar round hit a clinic on Tuesday, nurses said,"
        " in a war that broke out in mid-2012.",
    ],
)
def test_a_year_something_began_in_fixes_no_dateline_day_without_its_own_weekday(text):
    assert published(text) is None


def test_the_dateline_day_named_by_its_weekday_takes_the_year_near_a_beginning():
    # October 14 2025 is a Tuesday: the story's own day, two years after the war began
    text = (
        "RIVERPORT, Country, Oct 14 (Agency) - Drones hit a grain silo in the port on Tuesday, officials"
        " said, the first strike there since the war began in March 2023."
    )
    assert published(text) == date(2025, 10, 14)


def test_a_year_named_for_another_reason_still_takes_a_dateline_day_two_days_after_its_weekday():
    # the year is no beginning: the weekday a couple of days before the dateline agrees with it as before
    text = (
        "TOWNVILLE, Country, March 9 (Agency) - Raiders burned a market near the river on Wednesday,"
        " elders said. A report published in 2012 warned of such raids."
    )
    assert published(text) == date(2012, 3, 9)


def test_a_deed_launched_in_a_year_is_a_beginning_too():
    # October 14 is no Tuesday in 2022-2024; 2020 fits it as a day after, before the invasion began
    text = (
        "FARTOWN, Country, Oct 14 (Agency) - Rockets hit a rail depot on Tuesday, the governor said."
        " The neighbour launched its full-scale invasion in February 2022."
    )
    assert published(text) is None


def test_a_plan_launched_in_a_year_is_no_beginning_of_a_war():
    text = (
        "TOWNVILLE, Country, March 9 (Agency) - Raiders burned a market near the river on Wednesday,"
        " elders said. The ministry launched its new budget plan in 2012."
    )
    assert published(text) == date(2012, 3, 9)
