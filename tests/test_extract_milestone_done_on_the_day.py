"""A step told done in the simple past on a day up to the report's ("withdrew from the villages on Tuesday
as the deadline expired") is a done step dated that day (GUIDE: a step reported as done is a milestone
dated by the report that confirms it), not a plan due that day."""

from __future__ import annotations

from datetime import date

TUESDAY = date(2025, 2, 18)


def _steps(ex, text):
    return [(m.due, m.done) for m in ex.extract(text, id="t", published=TUESDAY).milestones]


def test_step_done_on_the_deadline_day(ex):
    text = "Israeli forces withdrew from villages in southern Lebanon on Tuesday as the deadline expired."
    assert _steps(ex, text) == [("2025-02-18", True)]


def test_step_still_to_come_that_day_is_a_plan(ex):
    """Control: the same step told as due that day stays a plan."""
    text = "Israeli forces are to withdraw from villages in southern Lebanon on Tuesday as the deadline expires."
    assert _steps(ex, text) == [("2025-02-18", False)]
