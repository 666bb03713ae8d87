"""Posture: a name set off by commas right after an object ("the UN force in Mali, MINUSMA,") names that
object, so a figure in a verb phrase joined by "and" after it belongs to the sentence's subject, not to
the apposed name; a new subject after "and" still holds its own figure."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


def test_the_verb_after_an_apposed_name_is_the_subjects(ex: Extractor) -> None:
    """The second verb's figure is the subject's, placed where that phrase places it."""
    text = "Chad sends about 400 troops to the UN force in Mali, MINUSMA, and keeps some 1,200 soldiers in Niger."
    assert ("Chad", "Niger", 1200) in _levels(ex, text)
    assert not any(force == "MINUSMA" and country == "Niger" for force, country, _ in _levels(ex, text))


def test_a_body_as_subject_keeps_its_figure(ex: Extractor) -> None:
    """Near miss: a body named in apposition to the subject is the subject."""
    text = "The UN mission, MONUSCO, has about 11,000 troops in Congo."
    assert _levels(ex, text) == [("MONUSCO", "Democratic Republic of Congo", 11000)]
