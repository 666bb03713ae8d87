"""A "<backer>-linked group" is read whole and, told as "the" group after a named one, is that group."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        # the described group is the one named before it, never a name cut from the middle of a word
        ("Al-Shabaab fighters overran a police post in Balcad on Monday, police said. The al-Qaeda-linked group claimed the raid.", ("Al-Shabaab",)),
        ("Houthi boats chased a tanker near Mokha on Monday, and the Iran-aligned group fired two missiles at a freighter in the Red Sea.", ("Houthis",)),
        # a name with its article joined is read whole
        ("Al-Qaeda-linked fighters overran an army post near Ansongo on Monday, killing seven soldiers.", ("Al-Qaeda-linked fighters",)),
    ],
)
def test_backed_groups_are_read_whole_and_resolved(ex, text, doers):
    assert _actors(ex, text)[-1] == doers


def test_a_described_group_with_none_named_before_stays_as_written(ex):
    """Near miss: no group named before the description, so it is the actor as written (its article, once read
    into the backer's name, left out)."""
    text = "The Iran-backed group fired rockets at a base near Erbil on Monday, officials said."
    assert _actors(ex, text) == [("Iran-backed group",)]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Kyiv said Russia-backed fighters were behind the bombing of a rail bridge near Kupiansk on Monday.", "Russia-backed fighters (blamed)"),
        ("Officials believe Iran-backed militias were behind the rocket attack on a base near Erbil on Monday.", "Iran-backed militias (suspected)"),
        # told as the doer, no mark
        ("Iran-backed militias fired rockets at a base near Erbil on Monday, officials said.", "Iran-backed militias"),
    ],
)
def test_a_backed_group_held_behind_an_event_is_marked(ex, text, party):
    assert _actors(ex, text) == [(party,)]
