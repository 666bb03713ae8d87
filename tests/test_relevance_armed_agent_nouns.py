"""A short report whose only word of conflict is its armed doers ("militiamen", "paramilitaries") is about
conflict, as one told of "gunmen" is; a short report of no armed men stays off-topic."""

from datetime import date


def _types(ex, text):
    return [i.type for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_militiamen_killed_traders(ex):
    assert _types(ex, "Militiamen killed two traders near Bunia on Sunday, a local official said.") == ["armed_clash"]
    assert _types(ex, "Paramilitaries killed five farmers near El Obeid on Sunday, a local official said.") == ["armed_clash"]


def test_no_armed_men_no_incident(ex):
    assert _types(ex, "Heavy rain killed two traders near Bunia on Sunday, a local official said.") == []


def test_old_ordnance_is_conflict(ex):
    assert _types(ex, "Two children were killed by unexploded ordnance in Idlib on Friday, rescuers said.") == ["explosion"]
