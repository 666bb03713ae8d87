"""A stretch that tells how fast a force could move ("able to deploy within 30 days", "a battalion that can
move in ten days") is its readiness, no date by which it must go anywhere; a step planned within the same
kind of stretch stays a milestone."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 6, 4)


def _due(ex, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "The allies agreed on Thursday to keep 80,000 soldiers on high alert, able to deploy within 30 days.",
        "The bloc ought to pay for a standing force of 4,000 troops that could deploy within 20 days.",
        "The ministry keeps two infantry battalions ready to move within ten days of any call.",
        "Its new rapid brigade is capable of being mobilised within five days, the army said.",
    ],
)
def test_a_force_s_readiness_is_no_milestone(ex, text):
    """The time a force needs to get moving sets no due date."""
    assert _due(ex, text) == []


@pytest.mark.parametrize(
    "text, due",
    [
        ("The brigade will deploy to Estonia within 30 days, the ministry said on Thursday.", "2026-07-04"),
        ("The foreign contingent must leave the country within 20 days, the junta said on Thursday.", "2026-06-24"),
    ],
)
def test_a_step_planned_within_a_stretch_stays(ex, text, due):
    """A deployment or a departure set to happen within a stretch is still due at its end."""
    assert _due(ex, text) == [due]
