"""A speaker's own forces told with words set off by commas before the verb ("said its forces, backed by
international partners, killed 30 fighters") are still its own: the deed is the speaker's. A report naming
another party's fighters before the aside lends the speaker nothing."""

from __future__ import annotations

from datetime import date


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 3, 14)).incidents]


def test_its_forces_past_an_aside(ex):
    text = (
        "The Somali government said its forces, backed by international partners, killed 30 al-Shabaab fighters "
        "in an operation in the Middle Shabelle region on Tuesday."
    )
    assert _actors(ex, text) == [("Somalia",)]


def test_another_partys_fighters_past_an_aside(ex):
    """Control: the speaker telling of the group's fighters is no doer."""
    text = (
        "The Somali government said al-Shabaab fighters, backed by foreign jihadists, killed 30 soldiers in an "
        "attack on a base in the Middle Shabelle region on Tuesday."
    )
    assert all("Somalia" not in actors for actors in _actors(ex, text))
