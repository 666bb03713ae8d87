"""A stretch up to the report ("in the past 24 hours", "over the last three days") and the opening days of the
report's month or year ("since the start of the month") are dates: the range of days up to the report, or
from the month's first day. "The last two days of the truce" is a part of something else, no date."""

from __future__ import annotations

from datetime import date

from reporter.extract.dates import find_dates

PUBLISHED = date(2025, 3, 12)


def spans(text: str) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], str(d.span)) for d in find_dates(text, PUBLISHED) if d.span is not None]


def _range(a: str, b: str) -> str:
    from reporter.extract.dates import DateSpan

    return str(DateSpan(date.fromisoformat(a), date.fromisoformat(b), "range"))


def test_a_stretch_of_hours_or_days_runs_to_the_report():
    assert spans("Strikes killed 90 people in the past 24 hours.") == [("the past 24 hours", _range("2025-03-11", "2025-03-12"))]
    assert spans("Drones struck the city over the last three days.") == [("last three days", _range("2025-03-10", "2025-03-12"))]


def test_since_the_start_of_the_month_runs_from_its_first_day(ex):
    facts = ex.extract("Since the start of the month, Russian forces have shelled Kherson, killing 12 civilians.", id="x", published=PUBLISHED)
    assert [(str(i.date), i.location) for i in facts.incidents] == [("2025-03-01/2025-03-12", "Kherson")]


def test_the_last_days_of_something_are_no_date():
    assert spans("Fighting flared in the last two days of the truce.") == []
