"""A step told held in the past tense on a recent day of its own ("troops remained in the villages on Monday,
a day after the deadline expired") is still pending at that deadline, which the distance counts back from
that day: what the timeline needs to show it overdue. Told with no recent day, such a past tense is history."""

from __future__ import annotations

from datetime import date

MONDAY = date(2025, 1, 27)


def _steps(ex, text):
    return [(m.due, m.done) for m in ex.extract(text, id="t", published=MONDAY).milestones]


def test_held_on_a_recent_day_is_pending_at_the_deadline(ex):
    text = "Ruritanian troops remained in several border villages on Monday, a day after the deadline for their withdrawal expired."
    assert _steps(ex, text) == [("2025-01-26", False)]


def test_held_on_an_earlier_day_counts_from_it(ex):
    text = "Ruritanian troops stayed in the border villages on Saturday, two days after the deadline for their pullout passed."
    assert _steps(ex, text) == [("2025-01-23", False)]


def test_held_with_no_day_of_its_own_is_history(ex):
    """Control: a past tense with no recent day tells of another time."""
    text = "Ruritanian troops stayed in the border villages a week after the deadline expired, in the last war."
    assert _steps(ex, text) == []
