"""Milestones: a truce whose old end the sentence tells ("which was due to expire on Sunday") and
that is extended by a length runs out that length after its old end, ahead and not done; the old end
is due no more, nor is it the day of the extension. A start told in the truce's own aside ("which took
effect on Friday") is no day the extension counts from."""

from __future__ import annotations

from datetime import date

TOLD = date(2031, 6, 9)  # a Monday: "Sunday" is 8 June


def _got(ex, text: str) -> list[tuple[str, bool]]:
    return [(m.due, m.done) for m in ex.extract(text, id="t", published=TOLD).milestones]


def test_extended_by_a_week_from_its_old_end(ex):
    text = "The ceasefire in the delta, which was due to expire on Sunday, has been extended by a week, envoys said on Monday."
    assert _got(ex, text) == [("2031-06-15", False)]


def test_old_end_then_but_extended(ex):
    text = "The truce in the delta was due to lapse on Sunday but was prolonged by ten days."
    assert _got(ex, text) == [("2031-06-18", False)]


def test_extended_without_a_length_keeps_its_old_end(ex):
    """Control: with no length or new end told, the end as it was set stays."""
    text = "The ceasefire in the delta, which was due to expire on Sunday, has been extended, envoys said on Monday."
    assert _got(ex, text) == [("2031-06-08", False)]


def test_a_start_in_the_aside_is_not_counted_from(ex):
    text = "The ceasefire in the delta, which took effect on Friday, has been extended by ten days."
    assert not any(due == "2031-06-16" for due, _ in _got(ex, text))


def test_extended_by_days_on_a_day_is_still_a_step_done(ex):
    """Control: no old end told, the extension is a step done on its day."""
    assert _got(ex, "The truce in the delta was extended by three days, the envoys said on Friday.") == [("2031-06-06", True)]
