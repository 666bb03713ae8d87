"""Advice on when a force ought to act ("the report recommends that ... by") is no one's commitment, and a
trip someone will make on a day ("the envoy will travel to the capital on Thursday") is no step of a force;
a plan told beside the same words stays a milestone."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 8, 19)


def _due(ex, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "The panel recommends that the government send two more air defence units to the border by the end of 2026.",
        "In its paper, the foundation recommended keeping the training mission in the country until March 2028.",
    ],
)
def test_advice_on_a_step_is_no_milestone(ex, text):
    """A recommendation names a date someone else ought to meet: a wish, no plan."""
    assert _due(ex, text) == []


def test_a_plan_beside_a_recommendation_stays(ex):
    """A government's own decision stays due, though a recommendation led to it."""
    text = "Following a review it had recommended, the ministry will withdraw its troops from the border by the end of 2026."
    assert _due(ex, text) == ["2026-12"]


@pytest.mark.parametrize(
    "text",
    [
        "Fighting went on near the border. The UN envoy for the region will travel to the capital on Friday for talks on the truce.",
        "Fighting went on near the border. The defence minister flies to Ankara on Friday to discuss the peacekeeping mission.",
    ],
)
def test_a_trip_is_no_milestone(ex, text):
    """Someone's journey to a place on a day changes no force's presence."""
    assert _due(ex, text) == []


def test_troops_told_to_move_by_a_day_stay(ex):
    """A force's move to a place by a day is still a step."""
    text = "Fighting went on near the border. The peacekeepers will withdraw to the coast by Friday, the mission said."
    assert _due(ex, text) == ["2026-08-21"]
