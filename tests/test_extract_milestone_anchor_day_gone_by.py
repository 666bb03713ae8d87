"""A yearless day a stretch counts from ("42 days after the signing on January 19") is the day of an
event; told a few weeks after it, it lies just behind the report, not almost a year ahead, so the step
falls weeks from the report; and that day is no due date of its own."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 2, 10)  # three weeks after January 19


def _dues(ex, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "Phase two will begin 42 days after the signing on January 19.",
        "Phase two begins 42 days after the signing on January 19.",
        "The second stage of the truce will start 42 days after the signing of the accord on January 19.",
    ],
)
def test_a_stretch_counts_from_the_day_just_gone(ex, text):
    assert _dues(ex, text) == ["2025-03-02"]


def test_a_signing_still_ahead_keeps_its_year(ex):
    """Near miss: a signing five weeks after the report is the coming one."""
    assert _dues(ex, "The troops will leave within 42 days of the signing on March 19.") == ["2025-04-30"]


def test_a_due_day_itself_keeps_the_year_ahead(ex):
    """Near miss: a day that is the due itself, no stretch counting from it, stays ahead."""
    assert _dues(ex, "The troops will withdraw from the border town by January 19.") == ["2026-01-19"]
