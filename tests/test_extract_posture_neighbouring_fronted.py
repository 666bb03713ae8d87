"""Posture: a place fronted with "neighbouring" or "nearby" ("In neighbouring Chad, ...") places the figure
its sentence tells, as a bare fronted place does; without a fronted place the place told before holds."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


def test_a_fronted_neighbouring_place_places_the_figure(ex: Extractor) -> None:
    """The level cut from is the fronted country's, not the one told before."""
    text = (
        "Roughly 1,200 French soldiers are now posted in Niamey. In neighbouring Chad, Paris has said it "
        "will cut its force from about 1,000 troops to fewer than 300."
    )
    levels = _levels(ex, text)
    assert ("France", "Chad", 1000) in levels
    assert ("France", "Niger", 1000) not in levels


def test_no_fronted_place_keeps_the_place_before(ex: Extractor) -> None:
    """Near miss: with no place of its own, the figure stays where the text before placed the troops."""
    text = (
        "Roughly 1,200 French soldiers are now posted in Niamey. Paris has said it will cut its force from "
        "about 1,000 troops to fewer than 300."
    )
    assert ("France", "Niger", 1000) in _levels(ex, text)
