"""A yearless plan day told as one that never happened ("due to begin on March 2, never started") lies behind the
report, in the year nearest it, not a year on."""

import datetime

import pytest

PUBLISHED = datetime.date(2025, 3, 14)


def _dues(ex, text):
    return [m.due for m in ex.extract(text, id="t", published=PUBLISHED).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "The pullback of the two brigades, due to begin on March 3, never started.",
        "The pullback of the two brigades, scheduled to begin on March 3, did not take place.",
        "The pullback of the two brigades, planned to start on March 3, failed to materialise.",
    ],
)
def test_plan_that_never_happened_is_behind(ex, text):
    assert _dues(ex, text) == ["2025-03-03"]


def test_plan_told_ahead_is_ahead(ex):
    # control: the same plan told without its fate, on a day gone by, is next year's
    assert _dues(ex, "The pullback of the two brigades is due to begin on March 3.") == ["2026-03-03"]
