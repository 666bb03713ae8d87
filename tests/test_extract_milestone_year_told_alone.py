"""Milestones: a yearless day after a year told alone in its sentence ("In 2009, ... on March 8") lies in
that year, for steps told done as for plans; the day had been put in the report's year, or in the year
before the one told when the day fell late in it."""

from __future__ import annotations

from datetime import date

TOLD = date(2031, 5, 20)


def _read(ex, text: str) -> list[tuple[str, str, bool]]:
    return [(m.due, m.what, m.done) for m in ex.extract(text, id="t", published=TOLD).milestones]


def test_a_step_done_in_a_year_told_before_its_day(ex):
    text = "In 2009, the marines completed their withdrawal from the port on November 8."
    assert [due for due, _, _ in _read(ex, text)] == ["2009-11-08"]


def test_a_day_early_in_the_year_told(ex):
    text = "Back in 2012, the marines left the island entirely by February 2 of that year."
    assert [due for due, _, _ in _read(ex, text)] == ["2012-02-02"]


def test_a_day_with_no_year_before_it_stays_recent(ex):
    """Control: with no year told before it, a day done is the latest such day by the report."""
    text = "The marines completed their withdrawal from the port on November 8, officials said."
    assert [due for due, _, _ in _read(ex, text)] == ["2030-11-08"]


def test_a_month_year_before_a_day_anchors_near(ex):
    """A month told with its year anchors a day told after it to the nearest such day, not the report's."""
    text = "In December 2029, the two states ended the pact, and the marines began to leave on Jan. 10."
    assert [due for due, _, _ in _read(ex, text)] == ["2030-01-10"]


def test_a_later_year_told_before_the_day_is_not_taken(ex):
    """Control: a year told before the day but not earlier than the report's own leaves the day as read."""
    text = "In 2031, the marines completed their withdrawal from the port on March 8, officials said."
    assert [due for due, _, _ in _read(ex, text)] == ["2031-03-08"]
