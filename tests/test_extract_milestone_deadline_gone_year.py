"""A yearless deadline told missed, or set against a step told still pending now ("have not left
despite the <day> deadline"), lies behind the report even when the coming one would be nearer; a plan
set past such a deadline keeps the year ahead."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2024, 9, 20)  # eight months after a March 1 deadline, five before the next


def _dues(ex: Extractor, text: str) -> list[tuple[str, bool]]:
    return [(m.due, m.done) for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "The garrison missed the March 1 deadline to quit the island's port.",
        "The garrison has not left the island's port despite the March 1 deadline.",
        "Marines remain at the island's port beyond the March 1 deadline.",
    ],
)
def test_a_deadline_told_missed_or_set_against_a_pending_step_is_gone_by(ex, text):
    """The step is pending against the March just gone, not the next one."""
    assert _dues(ex, text) == [("2024-03-01", False)]


def test_a_plan_set_past_the_deadline_keeps_the_year_ahead(ex):
    """A future verb makes the deadline the coming one."""
    assert _dues(ex, "Marines will remain at the island's port past the March 1 deadline.") == [("2025-03-01", False)]


def test_ground_still_held_weeks_after_a_dated_deadline_is_pending_against_it(ex):
    """'remain at <place>, weeks after the <day> deadline' tells the step pending, like 'have not left'."""
    text = "Marines remain at the island's port, weeks after the September 1 deadline."
    assert [(m.what, m.due, m.done) for m in ex.extract(text, id="x", published=PUB).milestones] == [
        ("Marines remain at the island's port", "2024-09-01", False)
    ]


def test_a_step_done_weeks_after_a_dated_deadline_is_no_pending_step(ex):
    """'left the port, weeks after the deadline' tells the step done late, not pending."""
    text = "The marines left the island's port, weeks after the September 1 deadline."
    assert [m for m in ex.extract(text, id="x", published=PUB).milestones if not m.done] == []
