"""A deadline told in the present as falling on a weekday counts from the report, not from the
deal's day told earlier in the sentence, and so restates the stretch's own deadline."""

import datetime

MONDAY = datetime.date(2025, 1, 20)


def _dues(ex, text):
    return [(m.what, m.due) for m in ex.extract(text, id="t", published=MONDAY).milestones]


def test_deadline_that_falls_on_weekday_is_the_stretch_end(ex):
    text = (
        "Under the November 27 truce, Israel has 60 days to withdraw its troops from southern Lebanon, "
        "a deadline that falls on Sunday."
    )
    dues = _dues(ex, text)
    assert [d for _, d in dues] == ["2025-01-26"], dues


def test_reworded_deadline_that_now_falls(ex):
    text = (
        "Under the truce signed on November 27, the militia has 60 days to pull its fighters back from "
        "the border, a deadline that now falls on Sunday."
    )
    dues = _dues(ex, text)
    assert [d for _, d in dues] == ["2025-01-26"], dues


def test_weekday_given_after_a_past_day_stays_behind(ex):
    dues = _dues(ex, "On January 14 the council gave the militia until Sunday to leave the port.")
    assert [d for _, d in dues] == ["2025-01-19"], dues
