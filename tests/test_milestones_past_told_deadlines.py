"""A deadline told gone by before its weekday ("a deadline that fell on Saturday") is the weekday just
gone, and a step told done in the present perfect by a month ("have left the region by mid-May") is
news of progress up to a month gone by, not a plan a year ahead."""

from datetime import date

# told on Tuesday 2025-04-08
_TUE = date(2025, 4, 8)


def _got(ex, text, published):
    return [(m.due, m.done) for m in ex.extract(text, id="x", published=published).milestones]


def test_deadline_that_fell_is_the_weekday_gone(ex):
    text = "Rebel units were still in the hills on Tuesday, past the deadline for their pullback, which fell on Saturday."
    assert _got(ex, text, _TUE) == [("2025-04-05", False)]


def test_deadline_that_falls_stays_ahead(ex):
    # control: told in the present, the deadline's weekday is the coming one
    text = "Rebel units were still in the hills on Tuesday. The deadline for their pullback falls on Saturday."
    assert [d for d, _ in _got(ex, text, _TUE)] == ["2025-04-12"]


def test_perfect_by_a_month_gone_is_done(ex):
    text = "About 300 Belgian soldiers have withdrawn from the region by mid-February, the ministry said."
    assert _got(ex, text, _TUE) == [("2025-02", True)]


def test_plan_by_a_month_stays_ahead(ex):
    # control: a plan told ahead by the same month is next year's
    text = "About 300 Belgian soldiers will withdraw from the region by mid-February, the ministry said."
    assert _got(ex, text, _TUE) == [("2026-02", False)]
