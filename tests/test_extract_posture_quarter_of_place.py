"""Troops placed in a quarter of a country ("in northern Iraq", "in north-eastern Syria") are read as
troops placed in the country: their level told by a change verb or by "is" after them, and the
place never taken for their owner.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_grown_to_in_a_quarter(ex):
    text = "Turkish soldiers in northern Iraq have grown to about 4,000, the ministry said."
    assert ("Turkey", "Iraq", 4000, "about") in posture_with_qualifiers(ex, text)


def test_fallen_to_in_a_compound_quarter(ex):
    text = "American forces in north-eastern Syria have fallen to roughly 1,400, officials said on Tuesday."
    assert ("United States", "Syria", 1400, "roughly") in posture_with_qualifiers(ex, text)


def test_unit_in_a_quarter_is_a_size(ex):
    text = "The Turkish contingent in northern Iraq is about 4,000, according to the defence ministry."
    assert ("Turkey", "Iraq", 4000, "about") in posture_with_qualifiers(ex, text)


def test_quarter_place_is_no_owner(ex):
    text = "The Turkish force in northern Iraq has risen to about 4,000 after a new offensive."
    got = posture_with_qualifiers(ex, text)
    assert ("Turkey", "Iraq", 4000, "about") in got
    assert not any(force == "Iraq" for force, *_ in got)


def test_attacks_in_a_quarter_stay_no_level(ex):
    """Control: the troops an object of the change's subject, no level."""
    text = "Attacks on US troops in eastern Syria have risen to 170 since October."
    assert posture_with_qualifiers(ex, text) == []


def test_place_without_quarter_unchanged(ex):
    """Control: a place told without a quarter, as before."""
    text = "Turkish soldiers in Iraq have grown to about 4,000, the ministry said."
    assert posture_with_qualifiers(ex, text) == [("Turkey", "Iraq", 4000, "about")]
