"""A stretch of time ("within a year") in a plan made in a past the text does not date to the day (told
in the past perfect, or under a year gone by), or under a condition still to be met ("Once the accord is
signed, ..."), counts from that untold day, not from the report, so it bounds no step; a plan told now,
an ultimatum, or one counted from a day the sentence gives, keeps its due date."""

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
        "If the second stage of the truce is approved, the brigade would pull back from the ridge within 40 days.",
        "Once the accord is ratified, the garrison will leave the port within 30 days, officials said.",
    ],
)
def test_a_stretch_from_an_untold_day_bounds_nothing(ex: Extractor, text: str) -> None:
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
        # a condition a state meets runs from now
        ("If the truce holds, the brigade will leave the ridge within 40 days, the envoy said.", "2026-04-13"),
        # an ultimatum's clock runs from now
        (
            "If the fighters do not quit the town, the army will withdraw its observers within 48 hours, the commander said.",
            "2026-03-06",
        ),
    ],
)
def test_control_a_plan_told_now_an_ultimatum_or_from_a_given_day_keeps_its_due(ex: Extractor, text: str, due: str) -> None:
    assert due in _dues(ex, text)
