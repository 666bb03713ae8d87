"""Fire that came "from" a people's position or side was its forces' fire: they are the doer, as its troops would be."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text: str) -> list[tuple[str, ...]]:
    return [i.actors for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "A UN patrol came under fire from an Israeli position near Rmeish on Monday, the mission said.",
        "A UN patrol came under fire from the Israeli side near Rmeish on Monday, the mission said.",
    ],
)
def test_fire_from_a_peoples_position_is_its_forces(ex, text):
    assert _actors(ex, text) == [("Israel",)]


def test_fire_from_a_peoples_village_names_no_doer(ex):
    """Near miss: a place the fire came from tells where, not who (a people's word before no force or post)."""
    text = "A UN patrol came under fire from a Lebanese village near Rmeish on Monday, the mission said."
    assert _actors(ex, text) == [()]
