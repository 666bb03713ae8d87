"""The side that fought off an assault ("X repelled a Y attack") is a side of the clash beside the attacker."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Kenyan troops repelled an al-Shabaab raid on a camp near Mandera on Monday, killing nine attackers.", ("Al-Shabaab", "Kenya")),
        ("The Joint Forces repulsed an RSF assault on Kornoi on Monday, killing 15 attackers.", ("Rapid Support Forces", "Joint Forces")),
    ],
)
def test_the_side_that_held_is_listed(ex, text, actors):
    assert _actors(ex, text) == [actors]


def test_a_by_phrase_after_the_verb_names_only_the_attacker(ex):
    """Near miss: 'repelled an attack by X' names X as the attacker, and no subject is named as the side that held."""
    text = "An attack by al-Shabaab on a camp near Mandera was repelled on Monday, police said."
    assert _actors(ex, text) == [("Al-Shabaab",)]
