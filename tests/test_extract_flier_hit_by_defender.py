"""A weapon in flight hit by what guards the air ("drones were hit by jets") was brought down: an interception.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 10)
TAIL = "\n\nThe navy gave no further details."


def _types(ex, text):
    return [i.type for i in ex.extract(text + TAIL, id="t", published=DAY).incidents]


@pytest.mark.parametrize(
    "text",
    [
        # the flier as the passive's subject, a defender as its agent
        "Four drones were hit by fighter jets over the Gulf of Aden on Sunday, the navy said.",
        "Two missiles were struck by a destroyer in the Red Sea on Saturday, officials said.",
        # the flier as the active's object, a defender as its subject
        "Coalition warplanes struck five incoming drones over the Gulf of Aden on Sunday.",
    ],
)
def test_flier_hit_by_defender_is_interception(ex, text):
    assert _types(ex, text) == ["interception"]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a site of the weapon, or a target on the ground, hit by jets is a raid
        "Coalition warplanes struck five drone launchers near Saada on Sunday.",
        "A weapons depot was hit by fighter jets near Saada on Sunday.",
    ],
)
def test_site_hit_by_jets_stays_air_strike(ex, text):
    assert _types(ex, text) == ["air_strike"]
