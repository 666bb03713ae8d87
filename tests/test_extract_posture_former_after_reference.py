"""Posture: a former level told right after a place named by reference ("in the country", "there")
is read as it is after a place's name ("..., down from 800 before 2021"); a bare "from" after such a
place, naming no level, adds none."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 3, 12))
    return sorted((p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture)


@pytest.mark.parametrize("where", ["in the country", "there"])
def test_a_former_level_after_a_place_by_reference(ex: Extractor, where: str) -> None:
    text = f"Spain still has soldiers in Mali. Spain keeps about 200 troops {where}, down from 800 before 2021."
    assert ("Spain", "Mali", 800, "(former level)") in _levels(ex, text)


def test_a_bare_from_after_the_reference_adds_no_level(ex: Extractor) -> None:
    """Near miss: where the troops come from is no level."""
    text = "Spain still has soldiers in Mali. Spain keeps about 200 troops in the country, from 12 units."
    assert [lv[2] for lv in _levels(ex, text)] == [200]
