"""A crossing, border or road told shut or opened ("Pakistan closed the Torkham crossing", "the X crossing was
closed") is a step taken, not the scene of fighting told beside it; a crossing attacked, or fighting told at a
spot, still places the event there."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    f = ex.extract(text + "\n\nPakistan said the fighting went on.", id="t", published=date(2025, 3, 10))
    return [(i.type, i.location, i.country) for i in f.incidents]


_RAID = "Taliban forces attacked several Pakistani border posts overnight, officials said."


@pytest.mark.parametrize(
    "text",
    [
        f"{_RAID} Pakistan closed the Torkham crossing.",
        f"{_RAID} The Torkham crossing was closed on Sunday.",
        f"{_RAID} Pakistan sealed its border at Torkham.",
        "After Taliban forces attacked several Pakistani border posts overnight, Pakistan shut the Torkham crossing.",
    ],
)
def test_a_way_shut_is_no_scene(ex, text):
    assert _seen(ex, text) == [("armed_clash", "Pakistan", "Pakistan")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # near misses: fighting told at the spot, or the crossing itself attacked
        (f"{_RAID} The fighting was heaviest at Torkham.", "Torkham"),
        ("Taliban forces attacked Pakistani border posts near Torkham overnight, officials said.", "Torkham"),
        ("Militants shelled the Torkham crossing overnight, officials said.", "Torkham"),
    ],
)
def test_fighting_at_the_spot_is_placed_there(ex, text, place):
    assert [p for _, p, _ in _seen(ex, text)] == [place]
