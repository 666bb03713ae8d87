"""Milestones: a delegation sent or leaving for talks is a visit, no step of a force's presence, in the
rules as in the learned layer's refusals; and "due" right after its noun ("the captives due under the
first stage") names which ones, so a step told done before it is not made a plan a year on."""

from __future__ import annotations

from datetime import date

TOLD = date(2029, 4, 12)


def _read(ex, text: str) -> list[tuple[str, bool]]:
    return [(m.due, m.done) for m in ex.extract(text, id="t", published=TOLD).milestones]


def test_a_delegation_sent_for_talks(ex):
    text = "The government will send a delegation to Muscat on Sunday for talks on extending the truce with the rebels."
    assert _read(ex, text) == []


def test_a_delegation_leaving_for_talks(ex):
    text = "The army's delegation will leave for Muscat on Sunday to discuss the next stage of the truce."
    assert _read(ex, text) == []


def test_troops_leaving_on_a_day_stay_a_step(ex):
    """Control: a force's own leaving on its day is a plan."""
    text = "The army's troops will leave the river town on Sunday under the truce."
    assert _read(ex, text) == [("2029-04-15", False)]


def test_a_delegation_overseeing_a_handover_keeps_it(ex):
    """Control: a handover the delegation oversees is still a step."""
    text = "A delegation of officers will oversee the handover of the river base to the army on Sunday."
    assert _read(ex, text) == [("2029-04-15", False)]


def test_captives_due_under_a_stage_freed_by_a_day(ex):
    text = "The rebels said they had freed all the soldiers due under the first stage of the truce by March 30."
    assert [due for due, _ in _read(ex, text)] == ["2029-03-30"]


def test_troops_due_to_leave_stay_ahead(ex):
    """Control: "due to" still plans the step ahead."""
    text = "The soldiers are due to leave the river base by March 30, officials said."
    assert _read(ex, text) == [("2030-03-30", False)]
