"""Milestones: "the end of last month" is one date, the last month's end (as "the end of next month"
is the next's), so a deadline told by it ("had until the end of last month to disarm") is due that
day; "last month" alone keeps its month."""

from __future__ import annotations

from datetime import date

TOLD = date(2031, 6, 9)  # a Monday


def _dues(ex, text: str) -> list[tuple[str, bool]]:
    return [(m.due, m.done) for m in ex.extract(text, id="t", published=TOLD).milestones]


def test_a_deadline_at_the_end_of_last_month(ex):
    text = "The hill militias had until the end of last month to disarm, but few of them have done so."
    assert _dues(ex, text) == [("2031-05-31", False)]


def test_a_deadline_at_the_end_of_next_month_is_unchanged(ex):
    """Control: the next month's end, read as before."""
    assert _dues(ex, "The hill militias have until the end of next month to disarm.") == [("2031-07-31", False)]


def test_last_month_alone_keeps_its_month(ex):
    """Control: "until last month" is the month, not its last day."""
    assert _dues(ex, "The hill militias had until last month to disarm.") == [("2031-05", False)]
