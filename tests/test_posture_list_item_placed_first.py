"""After a level told with its troop noun, a later item of the list may open on its own place and leave
the noun out ("...; in Syria, about 900"): that figure is the same force's level in the place it opens
on. "another" there names a further place's level, no troops added.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_items_after_semicolons(ex):
    text = "In Iraq, there are now about 2,500 American troops; in Syria, about 900; and in Jordan, roughly 3,000."
    assert posture_with_qualifiers(ex, text) == [
        ("United States", "Iraq", 2500, "about"),
        ("United States", "Jordan", 3000, "roughly"),
        ("United States", "Syria", 900, "about"),
    ]


def test_another_after_its_place_adds_no_troops(ex):
    text = "About 2,500 US troops are in Iraq, and in Syria another 900."
    assert posture_with_qualifiers(ex, text) == [
        ("United States", "Iraq", 2500, "about"),
        ("United States", "Syria", 900, None),
    ]


def test_control_a_year_opens_no_item(ex):
    """Near miss: "in 2019, 5,000" opens on a time, not a place."""
    text = "About 2,500 US troops are in Iraq; in 2019, 5,000."
    assert posture_with_qualifiers(ex, text) == [("United States", "Iraq", 2500, "about")]


def test_control_a_count_of_other_people(ex):
    """Near miss: the figure after the place counts people who fled, not troops."""
    text = "About 2,500 US troops are in Iraq; in Syria, 2,000 people have fled."
    assert posture_with_qualifiers(ex, text) == [("United States", "Iraq", 2500, "about")]
