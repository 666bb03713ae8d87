"""A deadline voiced as a wish (a draft or motion "calling for" a step, a party that "proposed that" a force
withdraw) is no one's commitment or plan and gives no milestone; a call made by an adopted text or a deal's
own terms still does."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2026, 3, 4)


def _dues(ex: Extractor, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "A draft motion calling for the foreign brigade to leave the valley by the end of June has stalled in the assembly.",
        "The opposition proposed that the peacekeepers withdraw from the border strip by December, but ministers refused.",
        "Several governors are proposing that the garrison quit the northern bases by the end of the year.",
    ],
)
def test_a_wish_voiced_sets_no_due(ex: Extractor, text: str) -> None:
    assert _dues(ex, text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The council adopted a resolution calling for all foreign forces to leave the island by the end of June.", "2026-06-30"),
        ("The garrison will leave the northern bases by the end of June, the ministry said.", "2026-06-30"),
    ],
)
def test_control_an_adopted_call_or_a_plan_keeps_its_due(ex: Extractor, text: str, due: str) -> None:
    assert due in _dues(ex, text)
