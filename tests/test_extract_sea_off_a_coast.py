"""A ship struck a distance off a coastal town's coast or shore ("40 nautical miles off the coast of X") is at
sea, written with its stretch as a ship told "off X" is, not as the town."""

from __future__ import annotations

from datetime import date

import pytest


def _places(ex, text):
    return [(i.location, i.country) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A grain carrier was struck by a missile about 35 nautical miles off the coast of Mokha on Friday.",
            ("35 nautical miles off the coast of Mokha", "Yemen"),
        ),
        (
            "A tanker was hit by a drone 20 miles off the shores of Hodeidah on Monday, the agency said.",
            ("20 miles off the shores of Hodeidah", "Yemen"),
        ),
    ],
)
def test_a_distance_off_a_towns_coast_is_at_sea(ex, text, place):
    assert _places(ex, text) == [place]


def test_a_coast_with_no_distance_keeps_the_town(ex):
    """Control: no stretch of sea is told, so the town stays the place written."""
    text = "A grain carrier was struck by a missile off the coast of Mokha on Friday."
    assert _places(ex, text) == [("Mokha", "Yemen")]
