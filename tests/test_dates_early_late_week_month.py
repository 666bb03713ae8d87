"""A part of the last week or of this month is its days: "late last week" is Thursday to Sunday of the
week before the report's, "early last week" its Monday to Wednesday, "early this month" the month's
first ten days (as "early June" is). "Last week" alone stays the whole week."""

from __future__ import annotations

from datetime import date

from reporter.extract.dates import DateSpan, find_dates

PUBLISHED = date(2025, 3, 12)  # a Wednesday; last week ran March 3-9


def spans(text: str) -> list[str]:
    return [str(d.span) for d in find_dates(text, PUBLISHED) if d.span is not None]


def _range(a: str, b: str) -> str:
    return str(DateSpan(date.fromisoformat(a), date.fromisoformat(b), "range"))


def test_late_last_week_is_its_last_days():
    assert spans("Militants raided a police post late last week.") == [_range("2025-03-06", "2025-03-09")]


def test_early_last_week_is_its_first_days():
    assert spans("Gunmen ambushed a convoy early last week.") == [_range("2025-03-03", "2025-03-05")]


def test_early_this_month_is_its_first_third():
    assert spans("Jihadists stormed a village early this month.") == [_range("2025-03-01", "2025-03-10")]


def test_last_week_alone_stays_the_whole_week():
    assert spans("Drones hit the depot last week.") == [_range("2025-03-03", "2025-03-09")]
    assert spans("Drones hit the depot earlier this month.") == [_range("2025-03-01", "2025-03-11")]
