"""Milestones: a war or a siege told as entering another year, month or week is its age, no step of a
presence, so no milestone; a truce entering a phase, and a pullout told beside a war's age, stay steps."""

from __future__ import annotations

from datetime import date

TOLD = date(2029, 4, 12)


def _whats(ex, text: str) -> list[str]:
    return [m.what for m in ex.extract("The officials spoke on Thursday. " + text, id="t", published=TOLD).milestones]


def test_war_entering_its_year(ex):
    text = "The war between the army and the Rapid Support Forces entered its fifth year on Thursday."
    assert _whats(ex, text) == []


def test_truce_entering_a_phase_stays(ex):
    """Control: a phase is a step."""
    text = "The truce between the army and the Rapid Support Forces entered its second phase on Thursday."
    assert len(_whats(ex, text)) == 1


def test_pullout_beside_a_wars_age_stays(ex):
    """Control: the army's own step keeps its due."""
    text = "The army will withdraw from the city by June as the war enters its fifth year."
    assert len(_whats(ex, text)) == 1
