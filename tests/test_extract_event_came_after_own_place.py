"""An event told as the one another came after ("the raids, which came hours after a deadly assault on a
Pakistani army post") is an earlier event of its own: a post of a nation's forces places it in that nation, not at
the story's event."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    return [(i.type, i.location, i.country) for i in incs]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "The Taliban government said Pakistani jets bombed villages in Paktika province on Sunday, killing 15 "
            "people. Islamabad did not confirm the raids, which came hours after a deadly assault on a Pakistani "
            "army post near the border.",
            ("armed_clash", "Pakistan", "Pakistan"),
        ),
        (
            "Al-Shabaab fighters stormed a military base in Lower Shabelle on Saturday, killing 11 soldiers, officials "
            "said. The raid came two days after a deadly assault on a Kenyan army camp near the frontier.",
            ("armed_clash", "Kenya", "Kenya"),
        ),
    ],
)
def test_the_event_another_came_after_is_at_the_post_of_its_nation(ex, text, earlier):
    got = _seen(ex, text)
    assert earlier in got
    assert len(got) == 2


def test_a_post_at_a_named_scene_stays_there(ex):
    """Near miss: a post told with its own scene is at that scene, not at its nation's country level."""
    got = _seen(ex, "Militants stormed a Pakistani army post in North Waziristan on Sunday, killing four soldiers.")
    assert [(t, loc) for t, loc, _ in got] == [("armed_clash", "North Waziristan")]
