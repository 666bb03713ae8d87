"""A country's army told only as "the army" is the party blamed when a blame or charge governs it, not the doer."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "The RSF accused the army of shelling a clinic in Kadugli on Monday, killing nine people.",
        "The RSF blamed the army for shelling a clinic in Kadugli on Monday, killing nine people.",
    ],
)
def test_the_army_charged_with_the_deed_is_blamed(ex, text):
    assert _actors(ex, text) == [("Sudan (blamed)",)]


def test_the_army_told_as_the_doer_stays_the_doer(ex):
    """Near miss: the army is the subject of the deed, and the party that reports it blames no one."""
    text = "In Kadugli, the army shelled a clinic on Monday, killing nine people, the RSF said."
    assert _actors(ex, text) == [("Sudan",)]
