"""A definite reference naming a doer of its own, none of the event's before it, is not that event; a target's holders are no doers."""

from __future__ import annotations

from datetime import date


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


def test_a_reference_to_another_partys_strike_adds_no_doer(ex):
    text = "Turkish drones hit a farm near Zakho on Monday, killing three people. Officials in Erbil condemned the Russian strike."
    assert _actors(ex, text)[0] == ("Turkey",)


def test_a_reference_to_the_same_doers_strike_still_retells_it(ex):
    """Near miss: the reference names the event's own doer, so it is that event."""
    text = "Turkish drones hit a farm near Zakho on Monday, killing three people. Officials in Erbil condemned the Turkish strike."
    assert _actors(ex, text) == [("Turkey",)]


def test_the_backed_holders_of_a_target_are_not_its_doers(ex):
    text = "Israeli jets struck army posts near Qatana on Friday. The strikes also hit a depot used by Iran-backed militias near the town."
    assert _actors(ex, text) == [("Israel",)]
