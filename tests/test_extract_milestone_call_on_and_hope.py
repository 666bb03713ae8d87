"""A call on others by name ("called on the army to pull out by") and a hope that others will act are
wishes voiced, no one's commitment (GUIDE.md: a commitment, deadline or plan), as a call for a step is."""

from datetime import date

import pytest

DAY = date(2025, 5, 2)


def _dues(ex, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="t", published=DAY).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy called on the army to pull its troops out of the city by the end of May.",
        "The envoy calls on all parties to withdraw heavy weapons from the town by the end of May.",
        "Officials hope the last troops will leave the valley by the end of May.",
    ],
)
def test_a_call_on_others_or_a_hope_is_no_plan(ex, text):
    assert _dues(ex, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a party's own hope to act, and a call told on a day beside its own plan
        "The army hopes to complete its withdrawal from the city by the end of May.",
        "The army called on Monday for talks and will leave the city by the end of May.",
    ],
)
def test_own_plan_beside_a_hope_or_a_call_stays(ex, text):
    assert _dues(ex, text) == ["2025-05-31"]
