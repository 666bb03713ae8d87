"""Posture: a party joined by ", and" after a name and followed by its own holding verb ("..., and
Chad keeps 1,200") is the subject of a clause of its own: its figure is its level, not a joint
figure of a list of owners that an alliance or mission named in the sentence takes over."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract("Officials spoke on Monday. " + text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


def test_a_party_with_its_own_verb_after_a_mission_name_holds_its_figure(ex: Extractor) -> None:
    text = "Ghana sends 300 troops to the UN force in Mali, MINUSMA, and Chad keeps 1,200 there."
    assert _levels(ex, text) == [("Chad", "Mali", 1200), ("Ghana", "Mali", 300)]


def test_a_party_with_its_own_verb_after_a_list_comma(ex: Extractor) -> None:
    """Control: a party after a fronted list holding its own figure keeps it."""
    text = "Alongside Ghana and Togo, Nigeria has 900 troops in Mali."
    assert _levels(ex, text) == [("Nigeria", "Mali", 900)]


def test_a_joint_figure_of_a_list_stays_the_missions(ex: Extractor) -> None:
    """Near miss: a list of peoples before the troop noun, no verb of the last one's own, is the mission's."""
    text = "Ghanaian, Togolese and Chadian troops, some 1,500 in all, serve with MINUSMA in Mali."
    assert _levels(ex, text) == [("MINUSMA", "Mali", 1500)]
