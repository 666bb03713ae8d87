"""A day told in a relative clause on a place or thing ("near X, which French forces left in 2023, on
Tuesday") is its own verb's: the event takes the day told outside it."""

from __future__ import annotations

from datetime import date


def _dates(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 1, 30))
    return [i.date for i in facts.incidents]


def test_the_day_outside_the_relative_clause_is_the_event_s(ex):
    text = "Gunmen attacked an army post near Tillia, which French forces left in 2023, on Tuesday, killing 10 soldiers."
    assert _dates(ex, text) == ["2025-01-28"]


def test_a_day_told_before_the_clause_stays(ex):
    # (control) the event's own day told before the relative clause
    text = "Drones hit a depot in Sumy on Monday, which the army had used since 2022."
    assert _dates(ex, text) == ["2025-01-27"]
