"""Linker.add as named steps: each settles a candidate (merged, dropped) or lends it what was told around it;
what no step settles is a new event. One case per kind of step, with a control that stays a new event."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text):
    return [(i.type, i.date, i.casualties.killed) for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


def test_harm_told_right_after_an_event_is_its_toll(ex):
    # _more_of_the_last: no doer, a toll, in the next sentence
    text = "Mortar bombs hit a market in Kismayo on Monday. Three traders were killed."
    assert _incidents(ex, text) == [("shelling", "2025-06-16", 3)]


def test_an_event_retold_at_its_place_and_day_is_one_event(ex):
    # _retold: the same kind, the same town and day, told in other words
    text = (
        "A drone struck a fuel depot in Beledweyne on Monday, officials said. "
        "The drone strike in Beledweyne on Monday set the depot ablaze."
    )
    assert [t for t, _, _ in _incidents(ex, text)] == ["drone_attack"]


def test_an_event_at_another_place_is_a_new_one(ex):
    # control: a second event of the kind elsewhere stays apart
    text = (
        "A drone struck a fuel depot in Beledweyne on Monday, officials said. "
        "On Tuesday another drone strike hit a convoy near Jowhar."
    )
    assert [t for t, _, _ in _incidents(ex, text)] == ["drone_attack", "drone_attack"]
