"""Milestones: an "and" between two nouns of one subject, with no verb before it and the clause's own verb
after it ("the pullout of the guards and their vehicles shall be completed"), does not open a new clause,
so the label keeps the whole subject; an "and" after a clause of its own still opens the next one."""

from __future__ import annotations

from datetime import date

TOLD = date(2029, 4, 12)


def _whats(ex, text: str) -> list[str]:
    return [m.what for m in ex.extract(text, id="t", published=TOLD).milestones]


def test_two_nouns_of_one_subject(ex):
    text = "The pullout of the marine guards and their vehicles shall be completed by 30 June 2029."
    assert _whats(ex, text) == ["The pullout of the marine guards and their vehicles shall be completed"]


def test_two_forces_of_one_subject(ex):
    text = "The marines and the coast guards will leave the harbour by 30 June 2029."
    assert _whats(ex, text) == ["The marines and the coast guards will leave the harbour"]


def test_a_clause_told_done_before_the_and_stays_apart(ex):
    """Control: a step told done before "and" is a clause of its own."""
    text = "The first marines left on Monday and the rest will leave the harbour by 30 June 2029."
    assert _whats(ex, text) == ["the rest will leave the harbour"]
