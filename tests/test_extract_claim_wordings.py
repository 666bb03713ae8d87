"""A claim told after its event in other words than 'claimed the attack' is still the party's claim:
'claimed it had carried out the attack', and the event named again by a pronoun ('later claimed it')."""

from __future__ import annotations

from datetime import date


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 4)).incidents]


_EVENT = "A roadside bomb exploded beside a police van in Bannu on Monday, killing five officers, police said. "


def test_claimed_it_had_carried_out_the_event(ex):
    text = _EVENT + "In a message to reporters, the Pakistani Taliban claimed they had carried out the bombing."
    assert _actors(ex, text) == [["Tehrik-i-Taliban Pakistan (claimed)"]]


def test_claimed_it_names_the_event_by_a_pronoun(ex):
    text = _EVENT + "The Pakistani Taliban claimed it on Tuesday."
    assert _actors(ex, text) == [["Tehrik-i-Taliban Pakistan (claimed)"]]


def test_claimed_it_opening_a_clause_of_its_own_is_no_claim(ex):
    """'claimed it was ...' asserts something, it claims no event."""
    text = _EVENT + "The Pakistani Taliban claimed it was the work of a rival faction."
    assert _actors(ex, text) == [[]]
