"""Posture: a figure told as known ("the 1,800 British soldiers") and placed by no phrase of its own,
repeating a level of the same force read in another country, is those troops told again, not a level
where the text last placed troops; a new figure in the same spot keeps its reading."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 11, 3))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


def test_the_same_troops_told_again_are_not_placed_anew(ex):
    text = (
        "Britain keeps about 1,800 soldiers in Estonia. It also has roughly 600 troops in Poland. "
        "Estonian officials said the 1,800 British soldiers were a vital deterrent."
    )
    levels = _levels(ex, text)
    assert ("United Kingdom", "Poland", 1800) not in levels, levels
    assert ("United Kingdom", "Estonia", 1800) in levels


def test_a_new_figure_after_the_place_keeps_its_reading(ex):
    # near miss: a figure not told as known, of a count not read before
    text = "Britain keeps about 1,800 soldiers in Estonia. It also has roughly 600 troops in Poland. Another 150 troops arrived there on Monday."
    assert ("United Kingdom", "Poland", 150) in _levels(ex, text)
