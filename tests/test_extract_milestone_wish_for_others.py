"""Milestones: a party's wish for another's step ("the council wants all foreign guards out by <date>",
"wanted the brigade to leave by") is voiced like a call for it, no one's commitment, so no milestone;
a party's own plan told as a wish ("wants to finish its pullout by") keeps its due."""

from __future__ import annotations

from datetime import date

TOLD = date(2029, 4, 12)


def _dues(ex, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="t", published=TOLD).milestones]


def test_a_wish_for_others_out(ex):
    assert _dues(ex, "The island's council wants all foreign guards out of the harbour by the end of 2030.") == []


def test_a_wish_for_a_force_to_leave(ex):
    assert _dues(ex, "The governor wanted the marine brigade to leave the harbour by March 2030, aides said.") == []


def test_a_partys_own_plan_told_as_a_wish(ex):
    """Control: the force's own plan stays."""
    assert _dues(ex, "The marine brigade wants to finish its pullout from the harbour by March 2030.") == ["2030-03"]
