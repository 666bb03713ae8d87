"""A stretch of time ("within a year") in a plan made in a past the text does not date to the day (told
in the past perfect, or under a year gone by) counts from that past, not from the report, so it bounds
no step; a plan told now, or one counted from a day the sentence gives, keeps its due date."""

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
        "Officials said on Monday that the brigade had planned to leave the valley within a year, before the talks broke down.",
        "The garrison had promised in 2021 to quit the northern bases within six months.",
        "In 2019, the contingent planned to pull out of the province within two years, but the plan was shelved.",
        "Last year the battalion intended to hand over the airfield within 90 days, the ministry recalled.",
    ],
)
def test_a_stretch_of_a_past_plan_bounds_nothing(ex: Extractor, text: str) -> None:
    assert _dues(ex, text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # told now: counted from the saying day
        ("The ministry said on Monday it planned to withdraw the brigade from the valley within a year.", "2027-03-02"),
        # a day the sentence gives is where the stretch starts, past perfect or not
        (
            "The brigade had agreed to leave the valley within 30 days of the accord that took effect on February 20.",
            "2026-03-22",
        ),
    ],
)
def test_control_a_plan_told_now_or_from_a_given_day_keeps_its_due(ex: Extractor, text: str, due: str) -> None:
    assert due in _dues(ex, text)
