"""A toll told first and its cause after "when" ("three were killed when Russian drones hit X"): the doer
named in the cause's clause is the actor. The toll's verb before "when" harms the people it counts, not the
party named after it; a party named as the one harmed stays no actor."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    (inc,) = ex.extract(text, id="t", published=date(2026, 2, 11)).incidents
    return list(inc.actors)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Five fishermen were killed when Israeli warplanes bombed the harbour of Hodeidah on Tuesday.", "Israel"),
        ("Two women were wounded when Russian drones hit a block of flats in Odesa overnight, officials said.", "Russia"),
        ("At least nine people died when Turkish jets struck a village near Qamishli on Monday.", "Turkey"),
    ],
)
def test_the_doer_after_when_is_the_actor(ex, text, actor):
    assert _actors(ex, text) == [actor]


def test_a_people_harmed_in_the_same_clause_is_no_actor(ex):
    """Near miss: "killed Syrian soldiers" names the people the strike harmed, within its own clause."""
    text = "A drone strike killed four Syrian soldiers near Deir ez-Zor on Monday, a monitor said."
    assert "Syria" not in _actors(ex, text)
