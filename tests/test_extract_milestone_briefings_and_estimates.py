"""Two kinds of dated clause beside a mission that are no step of it: an envoy's or a commander's briefing of a
council or of lawmakers on a day (paperwork, like a report due), and a hedged estimate by anyone of how long
a task could take; a plan stated without a hedge, and a step named in the briefing's clause, stay."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 7, 9)


def _dues(ex: Extractor, text: str) -> list[str]:
    return sorted(m.due for m in ex.extract(text, id="x", published=PUB).milestones)


@pytest.mark.parametrize(
    "text",
    [
        "The peacekeeping mission's mandate is under review. The UN envoy will brief the Security Council "
        "on the mission on July 21.",
        "The troops remain deployed. The general is set to brief lawmakers on the mission on July 16.",
    ],
)
def test_a_briefing_on_a_day_is_no_milestone(ex, text):
    assert "2025-07-21" not in _dues(ex, text) and "2025-07-16" not in _dues(ex, text)


def test_a_step_in_the_briefing_sentence_stays(ex):
    text = "The envoy said the peacekeepers will leave the buffer zone by July 21, before he briefs the council."
    assert "2025-07-21" in _dues(ex, text)


def test_a_hedged_estimate_by_any_body_is_no_milestone(ex):
    text = (
        "Talks on the truce resumed on Monday. A later phase would cover the pullback of the troops from the "
        "border zone, which the UN has estimated could take until 2031."
    )
    assert "2031" not in _dues(ex, text)


def test_an_estimate_without_a_hedge_of_a_plan_stays(ex):
    text = "The peacekeepers will leave the southern bases by 2031, the UN said in its estimate of the costs."
    assert _dues(ex, text) == ["2031"]
