"""Readings of days against the report's: "last Monday" told on a Monday is the Monday a week before
(a bare "on Monday" is the report's own day), and two days of two months joined by a dash ("Feb. 28-March 1",
"30 June – 2 July") are one stretch, as "between Feb. 28 and March 1" is; "earlier in the week" is the week's
days before the report, as "earlier this week" is."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor
from reporter.extract.dates import find_dates

MONDAY = date(2025, 3, 10)


def _day(ex: Extractor, when: str, published: date = MONDAY) -> list[str | None]:
    text = (
        f"MOSUL (Wire) - Gunmen attacked an army checkpoint west of Mosul {when}, killing three soldiers, "
        "a police officer in the city told reporters."
    )
    return [i.date for i in ex.extract(text, id="x", published=published).incidents]


@pytest.mark.parametrize(
    ("when", "published", "day"),
    [
        ("last Monday", MONDAY, "2025-03-03"),
        ("last Sunday", MONDAY, "2025-03-09"),
        ("last Monday", date(2025, 3, 12), "2025-03-10"),
        # near miss: a bare weekday told on that weekday is the report's own day (GUIDE)
        ("on Monday", MONDAY, "2025-03-10"),
    ],
)
def test_last_weekday_is_before_the_report(ex, when, published, day):
    assert _day(ex, when, published) == [day]


@pytest.mark.parametrize(
    ("when", "span"),
    [
        ("on Feb. 28-March 1", "2025-02-28/2025-03-01"),
        ("on 28 February – 1 March", "2025-02-28/2025-03-01"),
        ("on Dec. 30-Jan. 2", "2024-12-30/2025-01-02"),
        # near misses: a range within one month, and one told with "between", read as before
        ("on March 1-2", "2025-03-01/2025-03-02"),
        ("between Feb. 28 and March 1", "2025-02-28/2025-03-01"),
    ],
)
def test_two_days_of_two_months_joined_by_a_dash_are_one_stretch(ex, when, span):
    assert _day(ex, when) == [span]


def test_a_dateline_day_before_a_sentence_opening_on_a_date_is_no_stretch():
    """ "MOSUL, March 8 — On March 6, ...": the dateline's day and the sentence's own are two dates."""
    text = "MOSUL, March 8 — On March 6, gunmen attacked an army checkpoint west of the city."
    spans = [(d.span.start.isoformat(), d.span.end.isoformat()) for d in find_dates(text, MONDAY) if d.span]
    assert ("2025-03-06", "2025-03-06") in spans
    assert not any(a != b for a, b in spans)


@pytest.mark.parametrize("when", ["earlier in the week", "earlier this week"])
def test_earlier_in_the_week_is_the_weeks_days_before_the_report(ex, when):
    """ "Earlier in the week", told on a Friday: Monday to Thursday, as "earlier this week" is."""
    assert _day(ex, when, date(2025, 3, 14)) == ["2025-03-10/2025-03-13"]
