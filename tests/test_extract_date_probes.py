"""Dates of events read from their own wording: an event told as recent is not the report's news of the day (GUIDE:
background events get a date only when the text gives one)."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _dates(ex, text):
    return [i.date for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "The recent shelling of a bus stop in Kherson killed six people, the regional governor said.",
        "Russia recently struck a market in Kherson with a missile, killing eight people, the governor said.",
    ],
)
def test_an_event_told_as_recent_takes_no_report_day(ex, text):
    assert _dates(ex, text) == [None]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the same lead with no mark of the past is the news of the report's days
        ("The shelling of a bus stop in Kherson killed six people, the regional governor said.", "2025-03-09/2025-03-10"),
        # a recent event given a day of its own keeps it
        ("The recent shelling of a bus stop in Kherson on Sunday killed six people, the regional governor said.", "2025-03-09"),
    ],
)
def test_a_recent_event_with_its_day_or_a_lead_without_the_mark_is_dated(ex, text, day):
    assert _dates(ex, text) == [day]
