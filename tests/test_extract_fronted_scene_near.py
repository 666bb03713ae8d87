"""An attack of untold means whose scene is a place phrase fronted at the sentence's start ("In X, a raid hit a
shop, killing two") is told at that place, so it stands as an event there, as it does with the place after its
word; the fronted phrase had been counted too far from the event's word and the raid read as background. One
told with no place at all stays too loose to stand alone, and one whose clause names a scene keeps it."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="t", published=date(2025, 5, 20)).incidents]


def test_raid_after_a_fronted_town_is_an_event_there(ex):
    text = "In Tyre, a raid hit a garage near the old port, killing three mechanics, rescuers said."
    assert [loc for _, loc in _incidents(ex, text)] == ["Tyre"]


def test_raid_with_no_place_stays_no_event(ex):
    # near miss: the same clause with no place fronted or named
    text = "A raid hit a garage near the old port, killing three mechanics, rescuers said."
    assert _incidents(ex, text) == []


def test_fronted_town_yields_to_the_clause_own_scene(ex):
    # near miss: the clause names its scene after the event's word, which stays the scene
    text = "In Tyre, rescuers said a raid hit a garage in Sidon, killing three mechanics."
    assert [loc for _, loc in _incidents(ex, text)] == ["Sidon"]
