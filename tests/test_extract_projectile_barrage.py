"""Incident types: projectiles named as such and fired on a path (at, toward, from a place) are a barrage of
untold weapon, typed as a missile attack, and the interception told after them is placed where they flew."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text: str) -> list[tuple[str, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 9, 2))
    return [(i.type, i.location, i.count) for i in facts.incidents]


def test_projectiles_fired_toward_a_region_are_an_attack(ex):
    text = "Some 45 projectiles were fired from Lebanon toward northern Israel on Sunday night, the army said."
    assert _incidents(ex, text) == [("missile_attack", "northern Israel", 45)]


def test_their_interception_is_placed_where_they_flew(ex):
    text = (
        "Late on Sunday, some 45 projectiles were fired from Lebanon toward northern Israel, the army said. "
        "Most of them were intercepted, and the rest fell in open ground."
    )
    got = _incidents(ex, text)
    assert ("missile_attack", "northern Israel", 45) in got
    assert [loc for typ, loc, _ in got if typ == "interception"] == ["northern Israel"]


def test_named_rockets_keep_their_own_type(ex):
    """Control: a launch whose weapon is named is typed by it, as before."""
    text = "Some 45 rockets were fired from Lebanon toward northern Israel on Sunday night, the army said."
    assert _incidents(ex, text) == [("rocket_attack", "northern Israel", 45)]


def test_projectiles_at_a_crowd_are_no_barrage(ex):
    """Control: police firing projectiles at protesters is crowd control, not an attack from afar."""
    text = "Riot police fired projectiles at protesters outside the ministry in the capital on Sunday."
    assert [t for t, _, _ in _incidents(ex, text) if t == "missile_attack"] == []


def test_interceptors_fired_are_no_barrage(ex):
    """Control: interceptors, which the lexicon files as projectiles, launched at drones attack nothing."""
    text = "Interceptors were fired at incoming drones over the port city on Sunday night."
    assert [t for t, _, _ in _incidents(ex, text) if t == "missile_attack"] == []
