"""A town that "came under heavy shelling" is the scene of the blow, as one that "was shelled" is; a
"came under fire" of criticism stays no event."""

from __future__ import annotations

from datetime import date


def _facts(ex, text: str) -> list[tuple[str, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 5, 20))
    return [(i.type, i.location, i.casualties.killed if i.casualties else None) for i in facts.incidents]


def test_town_that_came_under_shelling_is_the_scene(ex):
    text = "Kadugli came under intense shelling on Saturday, killing four civilians, a local doctor said."
    assert _facts(ex, text) == [("shelling", "Kadugli", 4)]


def test_town_that_came_under_attack_is_the_scene(ex):
    text = "Kadugli came under attack on Friday, killing two people, residents said."
    assert [loc for _, loc, _ in _facts(ex, text)] == ["Kadugli"]


def test_passive_control_unchanged(ex):
    text = "Kadugli was shelled on Saturday, killing four civilians, a local doctor said."
    assert _facts(ex, text) == [("shelling", "Kadugli", 4)]


def test_criticism_stays_no_event(ex):
    """Control: the figurative sense, said of an office-holder, tells no blow."""
    text = "The finance minister came under fire for the budget on Saturday, lawmakers said."
    assert _facts(ex, text) == []


def test_criticism_from_other_governments_stays_no_event(ex):
    """A capital blamed by other states is criticised, not fired on; fire from army positions is fire."""
    assert _facts(ex, "Moscow came under fire from Western capitals on Saturday.") == []
    got = _facts(ex, "Kadugli came under fire from army positions on Saturday, killing two, medics said.")
    assert [loc for _, loc, _ in got] == ["Kadugli"]
