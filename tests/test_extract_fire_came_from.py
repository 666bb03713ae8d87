"""Fire an event's target came under, told in a later clause as come from a party's post or forces, is that party's."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "An observer team came under fire near Kfar Kila on Monday, the mission said, adding that the rounds came from an Israeli outpost.",
        "An observer team came under fire near Kfar Kila on Monday. The mission said the shooting came from Israeli troops nearby.",
    ],
)
def test_fire_told_as_come_from_a_partys_post_is_its(ex, text):
    assert _actors(ex, text) == [("Israel",)]


@pytest.mark.parametrize(
    "text",
    [
        # a place alone is where the fire came from, no doer
        "An observer team came under fire near Kfar Kila on Monday. The mission said the shots came from the village of Odaisseh.",
        # the next sentence tells an event of its own first: its fire is not the first event's
        "An observer team came under fire near Kfar Kila on Monday. Jets later struck Khiam, and the shells came from an Israeli post.",
    ],
)
def test_a_place_or_another_events_fire_names_no_doer(ex, text):
    assert _actors(ex, text)[0] == ()
