"""Posture: a level told in the past tense after its figure ("some 1,700 soldiers were there") in a
sentence fronted by a month gone by ("Before May") is a former level, as one held by "had" or "kept"
before the figure is; a level told now or to come keeps its reading."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 8, 3))
    return sorted((p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture)


def test_a_past_level_before_a_month_is_former(ex: Extractor) -> None:
    text = "Norway keeps about 300 soldiers in Lithuania. Before May some 650 soldiers were there."
    assert ("Norway", "Lithuania", 650, "some (former level)") in _levels(ex, text)


def test_a_level_to_come_before_a_month_is_not_former(ex: Extractor) -> None:
    """Near miss: a step still ahead before the month."""
    text = "Norway keeps about 300 soldiers in Lithuania. Before May, 650 more soldiers will arrive there."
    assert not [lv for lv in _levels(ex, text) if lv[2] == 650 and "former" in (lv[3] or "")]
