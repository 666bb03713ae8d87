"""A group that says "the group's fighters" did a deed names its own men, as "its fighters" does: the group
acted (GUIDE: actors are the parties that acted)."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 3)).incidents]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Hezbollah said the group's fighters fired rockets at an army post near Metula on Monday.", ("Hezbollah",)),
        ("Hezbollah said on Monday that the group's fighters had fired rockets at an army post near Metula.", ("Hezbollah",)),
        ("The Houthis said the movement's forces launched a drone at the port of Eilat on Monday.", ("Houthis",)),
    ],
)
def test_the_speaker_named_its_own_men_by_its_kind(ex, text, actors):
    assert _actors(ex, text) == [actors]


def test_a_state_telling_of_the_groups_men_is_no_doer(ex):
    """Near miss: a state is no "group", so its statement about the group's men does not make it the doer."""
    text = "Israel said the group's fighters fired rockets at an army post near Metula on Monday."
    assert _actors(ex, text) == [()]
