"""A region the gazetteer lists the provinces of holds the towns in them, not every town near its centre:
a strike in the Bekaa Valley and one on a town in southern Lebanon are two raids, not one told twice.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 6, 3)


def _strikes(ex, text):
    return sorted((i.type, i.location) for i in ex.extract(text, id="t", published=DAY).incidents)


def test_town_outside_the_region_is_another_strike(ex):
    text = (
        "Israeli jets struck targets in the Bekaa Valley on Sunday, the army said. "
        "A strike on a house in Nabatieh killed three people, the health ministry said."
    )
    assert _strikes(ex, text) == [("air_strike", "Bekaa Valley"), ("air_strike", "Nabatieh")]


def test_reworded_town_outside_the_region(ex):
    text = "Israeli warplanes bombed sites in the Bekaa on Sunday. An air strike hit a car near Tyre, killing two."
    assert _strikes(ex, text) == [("air_strike", "Bekaa"), ("air_strike", "Tyre")]


def test_town_inside_the_region_retells_it(ex):
    # near miss: Baalbek lies in the Bekaa's provinces, so its strike is where in the valley the raid hit
    text = (
        "Israeli jets struck targets in the Bekaa Valley on Sunday, the army said. "
        "A strike on a house in Baalbek killed three people, the health ministry said."
    )
    assert _strikes(ex, text) == [("air_strike", "Baalbek")]
