"""Posture: a figure written once in a sentence is one level, even when it reads both as standing and as
added ("and 700 more are in Kuwait"); a count written twice, once added and once standing, stays two."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 5, 6))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Some 3,000 British soldiers are posted in Poland, and about 700 more are in Lithuania.",
         ("United Kingdom", "Lithuania", 700)),
        ("Around 1,800 US troops serve in Qatar, and roughly 650 more are in Bahrain.",
         ("United States", "Bahrain", 650)),
    ],
)
def test_a_figure_written_once_is_one_level(ex, text, level):
    levels = _levels(ex, text)
    assert levels.count(level) == 1, levels


def test_a_count_written_twice_added_and_standing_stays_two(ex):
    # near miss: the same count once sent and once already there is two levels, as before
    text = "Berlin is sending 800 more soldiers to Lithuania, adding to the 800 soldiers already based there."
    levels = [(p.count, p.qualifier) for p in ex.extract(text, id="t", published=date(2026, 5, 6)).troop_posture]
    assert sorted(levels, key=str) == [(800, "(additional)"), (800, None)], levels


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Some 3,000 British soldiers are posted in Estonia, and about 700 more are in nearby Latvia.",
         ("United Kingdom", "Latvia", 700)),
        ("Around 4,000 French troops serve in Chad, and about 900 more are in adjacent Niger.",
         ("France", "Niger", 900)),
    ],
)
def test_more_troops_in_a_nearby_place_are_there_only(ex, text, level):
    # "nearby" and "adjacent" before a place leave it the troops' place, as "neighbouring" does
    levels = _levels(ex, text)
    assert [lv for lv in levels if lv[2] == level[2]] == [level], levels
