"""Milestones: a stretch whose deadline is told moved to a day ("within 30 days, a deadline later extended to
March 9") is one deadline, due that day, not the length counted again from it; and where the plan is told as
one that did not go as meant ("were meant to"), the day moved to is the nearest, not the one a year on."""

from __future__ import annotations

from datetime import date

TOLD = date(2027, 6, 14)


def _read(ex, text: str, told: date = TOLD) -> list[tuple[str, str]]:
    return sorted((m.due, m.what) for m in ex.extract(text, id="t", published=told).milestones)


def test_a_stretch_moved_to_a_day_told_as_meant(ex):
    text = "The rebels were meant to quit the river town within 30 days, a deadline later extended to March 9."
    assert _read(ex, text) == [("2027-03-09", "The rebels were meant to quit the river town")]


def test_the_same_told_before_the_day(ex):
    """Told before the day moved to, the day is the one ahead, as before."""
    text = "The rebels were meant to quit the river town within 30 days, a deadline later extended to July 9."
    assert [due for due, _ in _read(ex, text)] == ["2027-07-09"]


def test_a_move_told_with_no_plan_gone_wrong_still_looks_ahead(ex):
    """Control: a deadline told moved, with nothing told as meant, is moved later, to a day still ahead."""
    text = "The deadline for the rebels to quit the river town has been extended to March 9."
    assert [due for due, _ in _read(ex, text)] == ["2028-03-09"]
