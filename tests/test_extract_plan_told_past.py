"""A yearless plan told as it stood ("was due in October", "was scheduled for December 15") or told not
yet carried out after its date ("due in October, has not yet been completed") lies in the year nearest
the report, gone by or ahead; not a year on, as a plan told ahead would be (issue 8: a month without a
year resolved to the wrong year; issue 9: the timeline then shows the step overdue, not due next year)."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _dues(ex: Extractor, text: str, published: date) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=published).milestones]


NOVEMBER = date(2026, 11, 10)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The second stage of the pullout was due in October but has not been completed.", "2026-10"),
        ("The second stage of the pullout, due in October, has not yet been completed, officials said.", "2026-10"),
        ("The second stage of the pullout, due in September, has yet to begin.", "2026-09"),
        # reported speech keeps the past tense for a plan still ahead
        ("He said the withdrawal of the last battalion was scheduled for December 15.", "2026-12-15"),
        ("The envoy said the handover of the base was due by December.", "2026-12"),
    ],
)
def test_a_plan_told_as_it_stood_lies_nearest_the_report(ex, text, due):
    assert _dues(ex, text, NOVEMBER) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # near misses: a plan told ahead is still the next such month
        ("The second stage of the pullout is due in October.", "2027-10"),
        ("The last battalion will leave by October, the ministry said.", "2027-10"),
    ],
)
def test_a_plan_told_ahead_keeps_the_month_ahead(ex, text, due):
    assert _dues(ex, text, NOVEMBER) == [due]


def test_a_plan_told_as_it_stood_in_spring_is_the_coming_autumn(ex):
    assert _dues(ex, "The second stage of the pullout was due in October, officials said.", date(2026, 5, 4)) == ["2026-10"]


def test_a_plan_told_still_going_on_after_its_month_lies_behind_the_report(ex):
    text = "The training mission in the north, due to end in September, is still under way, officials said."
    assert _dues(ex, text, date(2026, 10, 20)) == ["2026-09"]
