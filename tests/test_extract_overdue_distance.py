"""A step told still pending a counted distance after a deadline the story does not date ("a month
after the deadline") is a pending milestone due at that deadline, counted back from the report or the
day it was said; talk that is no force's step, a past tense and an uncounted distance give none."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2024, 6, 20)  # a Thursday


def _read(ex: Extractor, text: str) -> list[tuple[str, str, bool]]:
    return [(m.what, m.due, m.done) for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    ("text", "what", "due"),
    [
        (
            "The alliance has yet to withdraw from the lake region, a month after the deadline agreed in the talks.",
            "The alliance has yet to withdraw from the lake region",
            "2024-05",
        ),
        (
            "The militias have not left the old quarter two weeks past the withdrawal deadline.",
            "The militias have not left the old quarter",
            "2024-06-06",
        ),
        (
            "Foreign soldiers remain at the river crossing four days after the deadline expired.",
            "Foreign soldiers remain at the river crossing",
            "2024-06-16",
        ),
    ],
)
def test_a_step_pending_after_a_counted_distance_is_due_at_the_deadline(ex, text, what, due):
    """The deadline lies that distance before the report; the step is still pending against it."""
    assert _read(ex, text) == [(what, due, False)]


def test_the_distance_counts_from_the_day_it_was_said(ex):
    """'said on Monday' in a Thursday report: the day after the deadline is Tuesday's day before."""
    text = "Two battalions remain in the valley a day after the deadline passed, a district officer said on Monday."
    assert _read(ex, text) == [("Two battalions remain in the valley", "2024-06-16", False)]


@pytest.mark.parametrize(
    "text",
    [
        # talks, not a force, are what is still pending
        "The negotiators have yet to reach a deal on the lake region, a month after the deadline.",
        # a past tense tells what happened then, not a step pending now
        "The militias stayed in the old quarter two weeks past the withdrawal deadline.",
        # no counted distance: the deadline cannot be dated
        "Foreign soldiers remain at the river crossing days after the deadline expired.",
        # a state the force is in, not ground it holds
        "The border units remain on high alert a day after the deadline passed.",
        "The militia remains in talks with the mediators a week after the deadline.",
    ],
)
def test_no_force_no_present_or_no_count_gives_no_milestone(ex, text):
    """Only a force's step told pending now, against a deadline a counted distance back, is dated."""
    assert _read(ex, text) == []


def test_a_single_unit_before_a_dated_deadline_sets_the_step_against_it(ex):
    """'a month after the March deadline' is the step pending against March, like 'weeks after' it."""
    text = "The alliance has yet to withdraw from the lake region, a month after the March 2024 deadline passed."
    assert _read(ex, text) == [("The alliance has yet to withdraw from the lake region", "2024-03", False)]


def test_a_count_before_a_dated_deadline_keeps_its_reading(ex):
    """The plural form was read before and still is."""
    text = "The alliance has yet to withdraw from the lake region, weeks after the March 2024 deadline passed."
    assert _read(ex, text) == [("The alliance has yet to withdraw from the lake region", "2024-03", False)]


@pytest.mark.parametrize(
    ("text", "what", "due"),
    [
        (
            "The brigade still hasn't left the valley two days after the deadline, aides said.",
            "The brigade still hasn't left the valley",
            "2024-06-18",
        ),
        (
            "With the brigade yet to leave the valley a week after the deadline, the talks resumed.",
            "the brigade yet to leave the valley",
            "2024-06-13",
        ),
    ],
)
def test_a_contracted_or_absolute_pending_step_is_read_too(ex, text, what, due):
    """'hasn't left' and an absolute 'with ... yet to leave' tell the step pending as 'has not' does."""
    assert _read(ex, text) == [(what, due, False)]


def test_a_step_pending_in_the_past_perfect_is_history(ex):
    """'had yet to leave' tells how things stood then, not a step pending at the report."""
    assert _read(ex, "The brigade had yet to leave the valley a week after the deadline, aides said.") == []


def test_a_distance_that_opens_the_sentence_dates_the_step_after_it(ex):
    """'Two weeks after the deadline, <step>': the clause after the comma is the pending step."""
    text = "Two weeks after the deadline, the militias have not left the old quarter."
    assert _read(ex, text) == [("the militias have not left the old quarter", "2024-06-06", False)]


def test_a_fronted_distance_before_no_force_step_gives_none(ex):
    """A fronted distance before talks still stalled names no step of a force."""
    assert _read(ex, "Two weeks after the deadline, the talks on the old quarter remain stalled.") == []
