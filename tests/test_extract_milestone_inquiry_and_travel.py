"""Milestones: an inquiry finished by a date ("will complete its investigation into the raid") is paperwork
like a report due, and a person's travel ("the minister will travel to the capital") is a visit: neither is
a step of a force's presence, while a withdrawal completed by a date stays one."""

from __future__ import annotations

from datetime import date

TOLD = date(2029, 4, 12)


def _dues(ex, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="t", published=TOLD).milestones]


def test_an_inquiry_completed_by_a_day(ex):
    text = "The brigade will complete its investigation into the raid on the depot by the end of the month, an officer said."
    assert _dues(ex, text) == []


def test_a_probe_concluded(ex):
    text = "Military prosecutors are expected to conclude the probe into the shooting of the soldiers by June."
    assert _dues(ex, text) == []


def test_a_person_travelling_for_talks(ex):
    text = "The defence minister will travel to the capital next week to discuss the future of the troops in the north."
    assert _dues(ex, text) == []


def test_a_withdrawal_completed_by_a_day_stays(ex):
    """Control: completing a withdrawal by a date is the step itself."""
    text = "The brigade will complete its withdrawal from the depot by the end of the month, an officer said."
    assert _dues(ex, text) == ["2029-04-30"]


def test_a_review_beside_a_step_keeps_the_step(ex):
    """Control: the step told beside an inquiry keeps its own date."""
    text = "The council will conclude its review of the mission by June, and the troops will leave by the end of the year."
    assert _dues(ex, text) == ["2029-12"]
