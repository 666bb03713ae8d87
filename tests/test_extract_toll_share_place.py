"""A toll told for a whole area with a share of it at a spot (", including 11 in a camp in X") is the area's:
the share's place does not narrow the event to that spot. And a strike told across a region by many blows is
no facet of a blow told later at one town of it ("In Y, tanks shelled ..." stays its own event)."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

EX = Extractor()


def _incidents(text, day=date(2026, 7, 2)):
    return [(i.type, i.location, i.casualties.killed) for i in EX.extract(text, id="t", published=day).incidents]


def test_a_shares_place_does_not_narrow_the_whole_toll():
    text = (
        "Israeli strikes killed at least 33 people across the Gaza Strip on Tuesday, including nine in a school "
        "used as a shelter in Nuseirat, health officials said."
    )
    assert _incidents(text) == [("air_strike", "Gaza Strip", 33)]


def test_a_town_told_outside_a_share_still_narrows():
    """Near miss: the town is the scene, named with no share of a toll."""
    text = "Israeli strikes hit the Gaza Strip on Tuesday, and residents of Nuseirat said nine people were killed."
    assert [loc for _, loc, _ in _incidents(text)] == ["Nuseirat"]


def test_a_blow_at_a_town_after_strikes_across_a_region_is_its_own_event():
    text = (
        "Israeli air strikes killed at least 33 people across the Gaza Strip on Tuesday, health officials said. "
        "The army said it hit militant positions. In Khan Younis, Israeli tanks shelled areas east of the city, "
        "medics said."
    )
    assert [t for t, _, _ in _incidents(text)] == ["air_strike", "shelling"]
