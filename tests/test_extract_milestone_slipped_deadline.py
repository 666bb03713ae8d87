"""Milestones: a deadline that "slipped", "shifted" or was "deferred" to a day or month is moved there,
as one "pushed back" or "postponed" is: due then; told alone after a plan, it is that plan's step,
deadline moved. A force that slipped or shifted somewhere moved no deadline."""

from __future__ import annotations

from datetime import date

TOLD = date(2031, 6, 9)


def _got(ex, text: str) -> list[tuple[str, str]]:
    return [(m.due, m.what) for m in ex.extract(text, id="t", published=TOLD).milestones]


def test_a_deadline_slipped_to_a_day(ex):
    assert [d for d, _ in _got(ex, "The pullout deadline has slipped to June 28, two envoys said.")] == ["2031-06-28"]


def test_a_step_deferred_to_a_month(ex):
    assert [d for d, _ in _got(ex, "The handover of the northern base has been deferred to August.")] == ["2031-08"]


def test_a_deadline_that_has_since_slipped_is_the_plans_step(ex):
    got = _got(ex, "The marines will leave the port by August. That deadline has since slipped to October.")
    assert ("2031-10", "The marines will leave the port (deadline moved)") in got


def test_forces_that_slipped_or_shifted_move_no_deadline(ex):
    """Control: a movement of fighters or troops is no date moved."""
    assert _got(ex, "Rebel fighters slipped back to the hills on Sunday, the army said.") == []
    assert _got(ex, "The army shifted two battalions to the north on Sunday.") == []
