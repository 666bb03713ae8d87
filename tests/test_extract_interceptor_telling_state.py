"""A state (or its army) telling of weapons downed that were another party's, or sent from another state, with no
stopper named, tells of its own air defences (GUIDE: an interception's actor is the interceptor)."""

from __future__ import annotations

from datetime import date

import pytest


def _interceptions(ex, text):
    found = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    return [i.actors for i in found if i.type == "interception"]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The Israeli army said a missile launched from Yemen was intercepted over Eilat on Friday.", ("Israel",)),
        ("Saudi Arabia said a drone fired from Yemen was shot down over Jizan on Friday.", ("Saudi Arabia",)),
        ("Saudi Arabia said Houthi drones were shot down over Jizan on Friday.", ("Saudi Arabia",)),
    ],
)
def test_a_state_telling_of_weapons_from_abroad_downed_is_the_interceptor(ex, text, actors):
    assert _interceptions(ex, text) == [actors]


@pytest.mark.parametrize(
    "text",
    [
        # weapons sent from its own land, and another state's sky: no stopper named
        "Israel said a missile launched from Israel was intercepted over Eilat on Friday.",
        "Israel said a missile launched from Yemen was intercepted over Jordan on Friday.",
        # a speaker that is no state names no air defences
        "A monitor said a drone fired from Yemen was shot down over Jizan on Friday.",
        # a people's officials are no force of its own
        "Turkish officials said a drone fired from Syria was shot down over Hatay on Friday.",
    ],
)
def test_no_interceptor_named(ex, text):
    assert _interceptions(ex, text) == [()]
