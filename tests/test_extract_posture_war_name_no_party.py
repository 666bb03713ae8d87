"""Posture: a country's name right before a noun of war ("the Yemen war", "the Libya conflict") names
the war, not a party, so it neither owns a figure set off after it nor becomes the party told last;
a state's possessive war ("Chad's war") still names the state."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


def test_a_war_name_owns_no_figure_after_it(ex: Extractor) -> None:
    text = "Denmark keeps 700 troops in Latvia. After the Libya war, about 400 soldiers stayed on there."
    levels = _levels(ex, text)
    assert not [lv for lv in levels if lv[0] == "Libya"]


def test_a_possessive_war_still_names_the_state(ex: Extractor) -> None:
    """Near miss: the state told as waging it stays a party."""
    text = "Chad's war with rebels goes on. Chad keeps 1,200 troops in Niger."
    assert ("Chad", "Niger", 1200) in _levels(ex, text)
