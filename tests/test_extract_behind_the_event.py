"""A party said to be behind the event named again ("X was behind the bombing") is held responsible:
suspected when the saying hedges it ("likely", "probably") as a belief does, blamed when a speaker states
it (GUIDE: a party blamed or suspected gets the suffix)."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 4)).incidents]


_EVENT = "A car bomb went off outside a market in Mogadishu on Monday, killing nine people, police said. "


@pytest.mark.parametrize(
    ("told", "actors"),
    [
        ("Security officials said al-Shabaab was probably behind the attack.", ["Al-Shabaab (suspected)"]),
        ("A regional commander said al-Shabaab was most likely behind the bombing.", ["Al-Shabaab (suspected)"]),
        ("The interior minister said al-Shabaab was behind the bombing.", ["Al-Shabaab (blamed)"]),
    ],
)
def test_party_behind_the_event(ex, told, actors):
    assert _actors(ex, _EVENT + told) == [actors]


def test_a_belief_keeps_its_suspicion(ex):
    assert _actors(ex, _EVENT + "Investigators believe al-Shabaab was behind the bombing.") == [["Al-Shabaab (suspected)"]]


def test_a_party_denying_it_was_behind_is_held_nothing(ex):
    assert _actors(ex, _EVENT + "Al-Shabaab denied it was behind the bombing.") == [[]]
