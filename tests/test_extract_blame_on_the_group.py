"""A blame or claim laid on a group told only by its kind ("blamed on the group") is laid on the group named before."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a relative clause past the event's own clause lays the blame
        (
            "Al-Shabaab denied any role in the bombing of a market in Afgoye on Monday, which police blamed on the group.",
            ("Al-Shabaab (blamed)",),
        ),
        # the group told in the sentence before, the claim in the passive
        (
            "Hezbollah fired rockets at Metula on Sunday. A drone attack on a base near Safed on Monday was later claimed by the group.",
            ("Hezbollah (claimed)",),
        ),
    ],
)
def test_the_group_told_by_its_kind_is_the_one_named_before(ex, text, actors):
    assert _actors(ex, text)[-1] == actors


def test_a_blame_in_another_events_clause_stays_there(ex):
    """Near miss: after ', and' the blame is the next event's, not the attack before it."""
    text = (
        "Al-Shabaab denied any role in the bombing of a market in Afgoye on Monday, and a raid on a police post in Balcad"
        " on Tuesday was blamed on the group."
    )
    assert _actors(ex, text)[0] == ()


def test_a_group_named_nowhere_before_adds_nobody(ex):
    """Near miss: 'the group' with no armed group told before it names no one."""
    text = "A bomb went off at a market in Afgoye on Monday, killing three people, and police blamed it on the group."
    assert _actors(ex, text) == [()]
