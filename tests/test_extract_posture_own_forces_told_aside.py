"""Posture: a state's whole armed forces sized in a clause on them ("X's army, which numbers ...") or
under its possessive "military" ("X's military has ...") is its strength at home, not a level where the
text before placed another party's troops; a figure the same clause places stays a level."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("About 1,000 French soldiers are based in Chad. Niger's army, which numbers around 25,000, "
         "has lost more than 200 soldiers in raids this year.", 25000),
        ("Some 2,000 US troops are stationed in Jordan. Qatar's military has around 12,000 soldiers.", 12000),
        ("Roughly 600 Italian troops serve in Lebanon. Cyprus's military, which totals about 12,000, "
         "held a drill on Monday.", 12000),
    ],
)
def test_a_states_whole_forces_are_no_level_abroad(ex, text, wrong):
    assert [lv for lv in _levels(ex, text) if lv[2] == wrong] == []


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # near misses: the clause, or the sentence, places the figure
        ("Turkey's army, which has some 3,000 soldiers in northern Iraq, shelled a village on Sunday.",
         ("Turkey", "Iraq", 3000)),
        ("Britain's military has about 900 soldiers in Estonia, the defence ministry said.",
         ("United Kingdom", "Estonia", 900)),
    ],
)
def test_a_figure_the_clause_places_stays_a_level(ex, text, level):
    assert level in _levels(ex, text)
