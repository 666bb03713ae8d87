"""An event placed only by a country's border ("near the Bangladesh border") lies on the other side when the
story's one country, or the one home of the armed groups that did it, is another: a border has two sides.
With nothing to tell the side, the border as told stands."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    return [(i.location, i.country) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("Arakan Army fighters seized a town near the Bangladesh border on Monday.", ("Myanmar", "Myanmar")),
        (
            "Shelling hit a village near the Russian border on Monday, killing two.\n\nUkraine's officials gave the toll.",
            ("Ukraine", "Ukraine"),
        ),
        # near misses: nothing tells the other side; the doers are the border country's own
        ("Rebels seized a town near the Bangladesh border on Monday.", ("Bangladesh", "Bangladesh")),
        (
            "Bangladeshi guards clashed with smugglers near the Myanmar border on Monday, killing two.\n\n"
            "Bangladesh said the men fled.",
            ("Bangladesh", "Bangladesh"),
        ),
    ],
)
def test_the_side_of_the_border(ex, text, seen):
    assert _seen(ex, text) == [seen]
