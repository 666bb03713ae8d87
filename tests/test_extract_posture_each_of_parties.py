"""Posture: "each" after a figure held by a list of three or more parties ("A, B and C keep 300
troops each in X") is every party's level in the one place told, not a level in each of the
parties taken as places; a single party's figure told "each" over listed places keeps its spread."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract("Officials spoke on Monday. " + text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


def test_three_parties_each_hold_the_figure_in_one_place(ex: Extractor) -> None:
    text = "Spain, Poland and Norway station 250 soldiers each in Latvia."
    assert _levels(ex, text) == [("Norway", "Latvia", 250), ("Poland", "Latvia", 250), ("Spain", "Latvia", 250)]


def test_one_party_each_over_listed_places_keeps_its_spread(ex: Extractor) -> None:
    """Near miss: one holder, "each" over two places listed: a level in each place."""
    text = "Spain stations 250 soldiers each in Latvia and Estonia."
    assert _levels(ex, text) == [("Spain", "Estonia", 250), ("Spain", "Latvia", 250)]
