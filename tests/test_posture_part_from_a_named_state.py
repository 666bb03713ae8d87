"""A part of a many-state whole told as coming from a state whose name has several words ("of whom some
900 are from the United Kingdom", "come from the Dominican Republic") is that state's level in the whole's
place, as a one-word name ("from Egypt") already was.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_part_from_a_state_of_two_words(ex):
    text = "The NATO battlegroup in Estonia comprises about 1,200 personnel, of whom some 900 are from the United Kingdom."
    assert posture_with_qualifiers(ex, text) == [
        ("NATO", "Estonia", 1200, "about"),
        ("United Kingdom", "Estonia", 900, "some"),
    ]


def test_part_coming_from_a_republic(ex):
    text = "The force in Haiti numbers 2,500, of whom about 1,000 come from the Dominican Republic."
    assert ("Dominican Republic", "Haiti", 1000, "about") in posture_with_qualifiers(ex, text)


def test_control_a_region_of_origin(ex):
    """Near miss: a part from a region of the holder's own country is no level (as before)."""
    text = "Uganda has 6,000 troops in Somalia, of whom about 2,000 come from the West Nile region."
    assert posture_with_qualifiers(ex, text) == [("Uganda", "Somalia", 6000, None)]
