"""Two parties joined by 'and' before a force noun both act, also where an 'and' or 'while' opens their clause."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Militants shelled a market in Taiz on Monday, and US and British warplanes bombed radar sites near Zabid.",
        "Militants shelled a market in Taiz on Monday, while US and British warplanes bombed radar sites near Zabid.",
    ],
)
def test_both_parties_of_the_second_clause_act(ex, text):
    assert _actors(ex, text)[-1] == ("United States", "United Kingdom")


def test_a_party_named_as_an_object_before_is_no_partner(ex):
    """Near miss: the name before 'and' is the first clause's object, governed by a preposition."""
    text = "Militants fired shells at Saudi Arabia and British warplanes bombed radar sites near Zabid on Monday."
    assert ("Saudi Arabia" in _actors(ex, text)[-1]) is False
