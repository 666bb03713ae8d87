"""Milestones: a step's plan named by its noun and told agreed or announced on a day ("under the drawdown
agreed in June") dates the agreement, no second step a year on; a plan's noun whose own step is due then
keeps its date."""

from __future__ import annotations

from datetime import date


def _dues(ex, text: str, told: date) -> list[str]:
    return sorted(m.due for m in ex.extract(text, id="t", published=told).milestones)


def test_a_plan_agreed_on_a_day_dates_no_step(ex):
    text = "The brigade said its last gunners would leave the valley by December under the drawdown agreed in June."
    assert _dues(ex, text, date(2030, 10, 3)) == ["2030-12"]


def test_a_timetable_announced_on_a_day(ex):
    text = "The last troops will leave the valley by December, following the timetable announced in June."
    assert _dues(ex, text, date(2030, 10, 3)) == ["2030-12"]


def test_a_plans_own_step_due_then_stays(ex):
    """Control: the drawdown itself due in June is a plan."""
    text = "The drawdown agreed with the host government will be completed in June, the brigade said."
    assert _dues(ex, text, date(2030, 3, 3)) == ["2030-06"]


def test_a_deadline_agreed_with_a_party_on_a_day(ex):
    """A deadline told agreed with a party in a month dates that agreement, not a step a year on."""
    text = "The handover of the air base took place on Monday, nearly a month before the September 15 deadline agreed with the ruling junta in May."
    assert "2025-05" not in _dues(ex, text, date(2024, 8, 5))


def test_a_deadline_agreed_with_a_party_bounding_a_step(ex):
    """Control: a step bounded by "by" after the party stays due then."""
    text = "The troops must leave the airfield under a deadline agreed with the council by September 15."
    assert _dues(ex, text, date(2024, 8, 5)) == ["2024-09-15"]
