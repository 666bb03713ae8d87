"""Posture: the level a change started from, told as known ("up from the 700 that served there"), is a
former level as "up from 700" is; a bare "from the" naming no figure changes nothing."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 3, 12))
    return [(p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture]


def test_a_former_level_told_as_known(ex):
    text = "Canada now keeps about 2,200 soldiers in Latvia, up from the 700 that served there before."
    assert ("Canada", "Latvia", 700, "(former level)") in _levels(ex, text)


def test_from_the_with_no_figure_adds_nothing(ex):
    # near miss: "down from the peak" names no level
    text = "Canada now keeps about 2,200 soldiers in Latvia, down from the peak."
    assert [lv[2] for lv in _levels(ex, text)] == [2200]
