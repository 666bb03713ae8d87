"""Milestones: a second place joined after a step's date by the same preposition ("end its mission in the
south by 2031 and in the north by 2032") is a second place of the verb and its object, which the label keeps;
and a step told in a deal's relative clause ("under a pact that ends ...") is labelled from the deal, not from
the main clause before it."""

from __future__ import annotations

from datetime import date

TOLD = date(2030, 3, 1)


def _read(ex, text: str) -> list[tuple[str, str]]:
    return sorted((m.due, m.what) for m in ex.extract(text, id="t", published=TOLD).milestones)


def test_a_second_place_keeps_the_verbs_object(ex):
    text = "The alliance will end its training mission in the southern provinces by May 2031 and in the northern hills by May 2032."
    assert _read(ex, text) == [
        ("2031-05", "The alliance will end its training mission in the southern provinces"),
        ("2032-05", "The alliance will end its training mission in the northern hills"),
    ]


def test_a_second_object_stays_one(ex):
    """Control: a second object, with no preposition, is the verb's alone."""
    text = "The brigade will leave the river base by May 2031 and the hill camp by May 2032."
    assert ("2032-05", "The brigade will leave the hill camp") in _read(ex, text)


def test_a_step_told_in_a_deals_relative_clause(ex):
    text = "The kingdom keeps about 900 soldiers on the island under a pact that ends their mission by June 2031."
    assert [w for _, w in _read(ex, text)] == ["a pact that ends their mission"]


def test_a_step_told_in_the_relative_clause_of_a_deal_told_made(ex):
    """The deal may be told made before its relative clause: 'a pact struck with the host last year that'."""
    text = "The kingdom keeps about 900 soldiers on the island under a pact struck with the host last year that ends their mission by June 2031."
    assert [w for _, w in _read(ex, text)] == ["a pact struck with the host last year that ends their mission"]
