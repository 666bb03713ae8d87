"""A place fronted at a sentence's start ('In X, the militia said ...') is the scene of the event the
sentence tells when its clause names none, rather than the previous sentence's place; an event referred
back to keeps its own scene."""

from __future__ import annotations

from datetime import date


def _places(ex, text: str) -> list[tuple[str, str | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 4, 2))
    return [(i.type, i.location) for i in facts.incidents]


def test_fronted_town_is_the_scene_of_the_reported_event(ex):
    text = (
        "Warplanes bombed an arms store outside Deir ez-Zor on Sunday, a monitor said. "
        "In Raqqa, the Kurdish-led force said its units exchanged fire with cell members on Monday."
    )
    assert ("armed_clash", "Raqqa") in _places(ex, text)


def test_event_referred_back_keeps_its_scene(ex):
    """Control: 'the raid' told again after a fronted town is the raid told before, where it was."""
    text = "Warplanes bombed an arms store outside Deir ez-Zor on Sunday. In Raqqa, officials said the raid killed five."
    got = _places(ex, text)
    assert got and all(loc != "Raqqa" for _, loc in got)


def test_clause_scene_wins_over_the_fronted_town(ex):
    """Control: where the reported clause names its own scene, the fronted town is only where it was said."""
    text = "In Baghdad, the defence minister said a drone hit a checkpoint near Kirkuk on Monday."
    assert [loc for _, loc in _places(ex, text)] == ["Kirkuk"]
