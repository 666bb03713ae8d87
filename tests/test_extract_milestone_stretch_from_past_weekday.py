"""A stretch counted from a weekday told in a past clause of time counts from the weekday gone by."""

from datetime import date

MONDAY = date(2025, 1, 20)


def _dues(ex, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="t", published=MONDAY).milestones]


def test_stretch_after_a_truce_that_took_effect_on_a_weekday(ex):
    # Sunday is January 19, the day before the report: 42 days later is March 2
    assert "2025-03-02" in _dues(ex, "Phase two will begin 42 days after the truce took effect on Sunday.")


def test_stretch_after_talks_that_ended_on_a_weekday(ex):
    assert "2025-02-19" in _dues(ex, "The troops will return home a month after the talks ended on Sunday.")


def test_weekday_of_a_step_ahead_is_the_coming_one(ex):
    # near miss: a present-tense clause of time, and a step told ahead, take the coming Sunday
    assert "2025-04-26" in _dues(ex, "The troops will leave 90 days after the accord is signed on Sunday.")
    assert _dues(ex, "The troops will withdraw from the town on Sunday.") == ["2025-01-26"]
