"""A call on others governs every infinitive joined to it ("calls on all parties to allow access and to
withdraw heavy weapons by May"), and a hope told in a relative clause ("a pause that officials hope will
lead to a truce by April") is a hope still: wishes voiced, no one's commitment (GUIDE.md)."""

from datetime import date

import pytest

DAY = date(2025, 5, 2)


def _dues(ex, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="t", published=DAY).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "The mediator calls on both sides to reopen the crossings and to pull heavy guns back from the villages by the end of May.",
        "The envoy urged calm and called on the militias to free the prisoners and to withdraw their fighters from the port by the end of May.",
        "Shelling slowed during a lull that diplomats hope will lead to a full ceasefire by the end of May.",
        "The talks produced a framework which mediators hoped would bring a withdrawal of troops from the border by the end of May.",
    ],
)
def test_a_joined_call_or_a_relative_hope_is_no_plan(ex, text):
    assert _dues(ex, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a party's own pledge with two joined infinitives, and its own hope to act
        "The army agreed to reopen the crossings and to pull its heavy guns back from the villages by the end of May.",
        "The army hopes to complete its withdrawal from the port by the end of May.",
    ],
)
def test_own_plan_with_joined_infinitives_stays(ex, text):
    assert _dues(ex, text) == ["2025-05-31"]
