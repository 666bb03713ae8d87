"""A relative clause on a place or thing, set off by commas before the subject ("In Zedland, which expelled
French forces in 2023, gunmen attacked ..."), names parties that act in it, not in the clause it interrupts."""

from __future__ import annotations

from datetime import date


def _actors(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 1, 30))
    return [list(i.actors) for i in facts.incidents]


def test_a_party_inside_a_which_clause_is_not_the_doer(ex):
    text = "In Niger, which expelled French forces in 2023, gunmen attacked an army post near Tillia on Tuesday, killing 10 soldiers."
    assert _actors(ex, text) == [[]]


def test_a_backer_inside_a_which_clause_is_not_the_doer(ex):
    # (control: so it was before)
    text = "The RSF, which is backed by the UAE, shelled El Fasher on Monday, killing four."
    assert _actors(ex, text) == [["Rapid Support Forces"]]


def test_a_doer_named_outside_the_clause_stays(ex):
    # the subject after the clause is the doer, alone
    text = "In Niger, which expelled French forces in 2023, ISWAP fighters attacked an army post near Tillia on Tuesday."
    assert _actors(ex, text) == [["ISWAP"]]
