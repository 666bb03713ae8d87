""""over the last week" is the seven days up to the report, as "over the past week" is; "last week" alone is
the calendar week before the report's, and "the last week of February" lies in that month."""

from __future__ import annotations

from datetime import date

from reporter.extract.dates import find_dates

PUBLISHED = date(2025, 3, 9)  # a Sunday


def spans(text: str) -> list[tuple[str, str]]:
    return [(str(d.span.start), str(d.span.end)) for d in find_dates(text, PUBLISHED) if d.span is not None]


def test_over_the_last_week_runs_to_the_report():
    assert spans("Shelling hit the town over the last week.") == [("2025-03-03", "2025-03-09")]
    assert spans("Shelling hit the town over the past week.") == [("2025-03-03", "2025-03-09")]


def test_last_week_alone_is_the_calendar_week():
    assert spans("Shelling hit the town last week.") == [("2025-02-24", "2025-03-02")]


def test_the_last_week_of_a_month_is_that_week():
    assert ("2025-03-03", "2025-03-09") not in spans("Shelling hit the town over the last week of February.")
