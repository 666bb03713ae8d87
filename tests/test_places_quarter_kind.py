""""Quarter" is a kind word of a spot below a town, like "neighbourhood": "the X quarter" is a place no
gazetteer need know, finer than the town it lies in, and a retelling naming it refines the event's place."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text):
    return [(i.type, i.location, i.casualties.killed) for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


def test_a_quarter_named_in_the_retelling_refines_the_town(ex):
    text = (
        "A car bomb exploded in Aleppo on Saturday, killing four people, state media said. "
        "The blast went off near a bakery in the Jamiliyah quarter of the city."
    )
    assert _incidents(ex, text) == [("explosion", "Jamiliyah quarter, Aleppo", 4)]


def test_a_quarter_of_the_year_is_no_place(ex):
    # control: a quarter of time names no spot, and the event keeps its town
    text = (
        "A car bomb exploded in Aleppo on Saturday, killing four people, state media said. "
        "It was the deadliest blast in the first quarter of the year."
    )
    assert [loc for _, loc, _ in _incidents(ex, text)] == ["Aleppo"]
