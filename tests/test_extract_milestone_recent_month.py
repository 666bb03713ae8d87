"""A force told gone from a site in a month counted back from the report ("last month") is a step
done that month, and an airbase, airfield, barracks or checkpoint is a site a force leaves like a
base; a month named alone or a year counted back stays background."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2024, 3, 14)


def _read(ex: Extractor, text: str) -> list[tuple[str, bool]]:
    return [(m.due, m.done) for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "A platoon of engineers left the desert airbase last month.",
        "The last reservists withdrew from the hill town last month, the ministry said.",
    ],
)
def test_a_force_gone_last_month_is_a_step_done_that_month(ex, text):
    """'last month' is counted from the report: the step was done in the month before it."""
    assert _read(ex, text) == [("2024-02", True)]


@pytest.mark.parametrize(
    "site", ["the Delta airbase", "the river airfield", "the old barracks", "the border checkpoint"]
)
def test_a_force_leaving_an_airbase_or_barracks_on_a_day_is_a_step_done(ex, site):
    """These sites are held by a force as a base is: leaving one on a day is a step that day."""
    assert _read(ex, f"Two companies of marines left {site} on Sunday.") == [("2024-03-10", True)]


@pytest.mark.parametrize(
    "text",
    [
        "A platoon of engineers left the desert airbase in October.",  # a month named alone: any year
        "A platoon of engineers left the desert airbase last year.",  # a year back is background
        "A platoon of engineers left the desert airbase four months ago.",
    ],
)
def test_an_older_or_unanchored_time_stays_background(ex, text):
    """Only a month counted from the report dates the step."""
    assert _read(ex, text) == []
