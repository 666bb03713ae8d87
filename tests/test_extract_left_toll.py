"""A toll told with "left" ("the clash left two soldiers dead on Sunday") is no force leaving: no step told
as done, whatever a learned layer weighs. A force that left a place on a day is still one."""

from __future__ import annotations

from datetime import date

import pytest


def _steps(ex, text):
    return [(m.due, m.done) for m in ex.extract(text, id="t", published=date(2025, 3, 10)).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "The clash left two soldiers dead on Sunday.",
        "An encounter in the Kathua district left two soldiers dead on Sunday, India's army said.",
        "The ambush left at least four troops wounded on Saturday, the army said.",
    ],
)
def test_a_toll_told_with_left_is_no_step(ex, text):
    assert _steps(ex, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a force that left a place
        "The troops left two bases on Sunday, India's army said.",
        "The last French troops left the base on Sunday, the army said.",
    ],
)
def test_a_force_that_left_a_place_is_a_step(ex, text):
    assert _steps(ex, text) == [("2025-03-09", True)]
