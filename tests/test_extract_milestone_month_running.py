"""A plan for the month (or year) that ends on the report's own day is still running: "will hand the base
over in January", told on January 31, is due that January, where a step told in the past or a plan told
as past stays what it was."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _read(ex: Extractor, text: str, published: date) -> list[tuple[str, bool]]:
    return [(m.due, m.done) for m in ex.extract(text, id="x", published=published).milestones]


def test_a_plan_for_the_month_told_on_its_last_day_is_due_that_month(ex):
    """Told on January 31, "in January" with "will" is this January."""
    text = "The Spanish battalion will hand its last camp in the north to the national army in January."
    assert _read(ex, text, date(2025, 1, 31)) == [("2025-01", False)]


def test_a_step_done_in_the_month_told_on_its_last_day_stays_done(ex):
    """Told on January 31, "handed ... in January" is a step done that month."""
    text = "The Spanish battalion handed its last camp in the north to the national army in January."
    assert _read(ex, text, date(2025, 1, 31)) == [("2025-01", True)]


def test_a_plan_for_a_month_already_over_is_history(ex):
    """Told on February 1, "was to hand ... in January" names a month gone by, no plan ahead."""
    text = "The Spanish battalion was to hand its last camp in the north to the national army in January."
    assert _read(ex, text, date(2025, 2, 1)) == []
