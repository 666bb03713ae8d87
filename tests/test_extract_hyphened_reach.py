"""A doer's reach to the event word counts a hyphened word as one word, though the tokeniser splits it: "X
militants killed ten people in a night-time raid" is X's raid, as "in a raid" was."""

from __future__ import annotations

from datetime import date


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 8, 1)).incidents]


def test_hyphened_word_is_one_word_of_reach(ex):
    text = "Al-Shabaab fighters killed at least nine herders in a pre-dawn raid on a village near Jowhar on Monday."
    assert _actors(ex, text) == [["Al-Shabaab"]]


def test_plain_word_reach_kept(ex):
    """Control: the same raid with no hyphened word keeps its doer."""
    text = "Al-Shabaab fighters killed at least nine herders in a dawn raid on a village near Jowhar on Monday."
    assert _actors(ex, text) == [["Al-Shabaab"]]
