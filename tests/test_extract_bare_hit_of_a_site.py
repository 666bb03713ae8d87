"""A bare passive "was hit" (no agent, no weapon) tells a strike from afar only of a site strikes aim at (a
depot, a terminal, a block); a person or a bus "hit" on a road, with nothing armed told, is no air strike."""

from __future__ import annotations

from datetime import date

import pytest


def _types(ex, text):
    return [i.type for i in ex.extract(text, id="t", published=date(2025, 7, 4)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "A minibus was hit on the highway near Sukkur on Monday, killing four, police said.",
        "A cyclist was hit on the main road in Lahore on Monday, killing him, police said.",
    ],
)
def test_road_hit_is_no_air_strike(ex, text):
    assert "air_strike" not in _types(ex, text)


def test_site_hit_is_a_strike(ex):
    """Control: a depot hit with a toll is a strike from afar."""
    assert _types(ex, "A fuel depot in Zaporizhzhia was hit on Monday, killing two, the governor said.") == ["air_strike"]
