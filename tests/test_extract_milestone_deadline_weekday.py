"""A deadline told falling on a weekday is due that day: "fell on" is the weekday gone by, and "is" or
"falls on" in the present the coming one; a thing that fell on a weekday names no deadline."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2024, 9, 11)  # a Wednesday: the Sunday gone by is 2024-09-08, the coming one 2024-09-15


def _dues(ex: Extractor, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones]


def test_a_deadline_that_fell_on_a_weekday_is_the_day_gone_by(ex):
    """'fell' tells the deadline passed: the weekday is the last one on or before the report."""
    assert _dues(ex, "The deadline for the militia's pullback from the ridge fell on Sunday, a mediator said.") == ["2024-09-08"]


@pytest.mark.parametrize(
    "text",
    [
        "The deadline for the militia's pullback from the ridge is Sunday.",
        "The deadline for the militia's pullback from the ridge falls on Sunday, a mediator said.",
    ],
)
def test_a_deadline_told_in_the_present_is_the_coming_weekday(ex, text):
    """The present tense puts the weekday ahead of the report, not behind it."""
    assert _dues(ex, text) == ["2024-09-15"]


def test_a_deadline_that_expired_keeps_its_reading(ex):
    """'expired on Sunday' was read as the Sunday gone by before, and still is."""
    assert _dues(ex, "The deadline for the militia's pullback from the ridge expired on Sunday.") == ["2024-09-08"]


def test_a_shell_that_fell_on_a_weekday_is_no_deadline(ex):
    """Only a deadline falling on a day makes the day a due date."""
    assert _dues(ex, "A shell fell on Sunday near the ridge where the militia's fighters are posted.") == []
