"""The outlet a source "told" is named whole in the attribution, its article and all its words ("two
officials (AFP)" in GUIDE's form): "told The Associated Press" was cut to nothing, "The New York Times" to
two words."""

from __future__ import annotations

from datetime import date

import pytest


def _attribution(ex, text: str) -> str | None:
    [inc] = ex.extract(text, id="t", published=date(2025, 6, 3)).incidents
    return inc.attribution


@pytest.mark.parametrize(
    ("outlet", "expected"),
    [
        ("The Associated Press on condition of anonymity", "a local official (The Associated Press)"),
        ("The New York Times", "a local official (The New York Times)"),
    ],
)
def test_the_outlet_told_is_named_whole(ex, outlet, expected):
    text = f"Two soldiers were killed when militants attacked a checkpoint near Gao on Monday, a local official told {outlet}."
    assert _attribution(ex, text) == expected


def test_a_day_after_the_outlet_is_not_its_name(ex):
    """Near miss: the day the outlet was told is no part of its name."""
    text = "A drone hit a fuel depot in Port Sudan, a witness told Reuters Monday."
    assert _attribution(ex, text) == "a witness (Reuters)"


def test_a_one_word_outlet_stays_as_it_was(ex):
    """Near miss: an outlet of one word, with no article, is read as before."""
    text = "A drone struck a fuel depot in Port Sudan on Monday, residents told AFP."
    assert _attribution(ex, text) == "residents (AFP)"
