"""A definite event noun that a doing verb takes ("X fighters carried out the raid") has that verb's subject as doer."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided a checkpoint near Tessit on Monday, killing five guards. ISWAP fighters staged the raid, a local official said.",
        "Gunmen raided a checkpoint near Tessit on Monday, killing five guards. A local official said ISWAP fighters carried out the raid.",
    ],
)
def test_a_named_subject_of_a_doing_verb_is_the_doer(ex, text):
    assert _actors(ex, text) == [("ISWAP",)]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a party's own pronoun keeps its word a claim
        ("Gunmen raided a checkpoint near Tessit on Monday, killing five guards. ISWAP said its fighters had staged the raid.", ("ISWAP (claimed)",)),
        # a definite noun a reaction takes is a mere reference: the one reacting did nothing
        ("Gunmen raided a checkpoint near Tessit on Monday, killing five guards. The African Union condemned the raid.", ()),
    ],
)
def test_a_claim_or_a_reaction_keeps_its_reading(ex, text, actors):
    assert _actors(ex, text) == [actors]
