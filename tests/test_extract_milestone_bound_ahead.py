"""A bound ahead told two more ways: after a future in reported speech ("would be home before Christmas"
is the coming Christmas), and as an occasion the date places ("by the start of the planting season in
October" is the coming October). Controls: a deed gone by before Christmas, a counterfactual."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 3, 14)


def _dues(ex: Extractor, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones]


def test_a_reported_future_before_christmas_is_the_coming_christmas(ex):
    text = "A spokesman said the last 450 soldiers would be flown home before Christmas."
    assert _dues(ex, text) == ["2025-12-25"]


def test_an_occasion_bound_takes_the_coming_month(ex):
    text = "The militia promised to leave the clinics it holds by the start of the planting season in October."
    assert _dues(ex, text) == ["2025-10"]


@pytest.mark.parametrize(
    "text",
    [
        "About 200 marines reached the port before Christmas, the navy said.",  # a deed gone by
        "Officials said the soldiers would have left before Christmas had the talks held.",  # counterfactual
    ],
)
def test_controls_give_nothing(ex, text):
    assert _dues(ex, text) == []
