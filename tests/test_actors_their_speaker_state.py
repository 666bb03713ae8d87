"""A state's speakers telling of "their" air defences or forces name their own state, as "its" does: "their" is
no "the group" (which a state cannot be), so the state is the interceptor or doer (GUIDE: the interceptor is
the actor). "The group" after a state's speech still names another party."""

from __future__ import annotations

from datetime import date

import pytest


def _incidents(ex, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.type, i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 14)).incidents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian officials said their air defences had downed 23 Ukrainian drones over the Rostov region overnight.",
            [("interception", ("Russia",))],
        ),
        (
            "Israeli officials said their jets struck a Hezbollah weapons depot near Tyre on Thursday.",
            [("air_strike", ("Israel",))],
        ),
    ],
)
def test_their_names_the_speaking_state(ex, text, expected):
    assert _incidents(ex, text) == expected


def test_the_group_after_a_state_is_another_party(ex):
    """Control: a state saying "the group's fighters" did it names no doer of its own."""
    text = "Israel said the group's fighters fired rockets at an army post near Metula on Monday."
    assert _incidents(ex, text) == [("rocket_attack", ())]
