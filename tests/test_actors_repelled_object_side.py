"""The side a force "repelled" or "repulsed", told as the verb's object, fought too (GUIDE lists both sides
of a clash), and a counterattack fought off is a fight as an incursion is."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 3)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Russian forces repelled a Ukrainian counterattack near Toretsk on Monday, the defence ministry said.", ("Russia", "Ukraine")),
        ("Russian forces repulsed two Ukrainian counter-attacks near Toretsk on Monday.", ("Russia", "Ukraine")),
        ("Kenyan troops repelled al-Shabaab militants near Mandera on Monday.", ("Kenya", "Al-Shabaab")),
        ("Kenyan troops repelled an al-Shabaab incursion near Mandera on Monday.", ("Kenya", "Al-Shabaab")),
    ],
)
def test_the_side_repelled_is_a_side_of_the_fight(ex, text, actors):
    assert _actors(ex, text) == [actors]


def test_an_incursion_of_no_named_side_keeps_the_one_that_held(ex):
    """Near miss: with no side named after the verb, only the side that held is listed."""
    assert _actors(ex, "Kenyan troops repelled an incursion near Mandera on Monday.") == [("Kenya",)]
