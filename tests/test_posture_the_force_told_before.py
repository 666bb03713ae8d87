"""A sentence opening on "The force" or "The mission", the mission named in the text before, places a
contributing state's troops it includes where that mission serves ("AUSSOM began ... The force includes 1,500
Kenyan troops": Somalia); with no mission named before, nothing is placed.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_the_force_named_before(ex):
    text = "UNIFIL renewed its mandate on Friday. The force includes 1,100 Spanish soldiers."
    assert posture_with_qualifiers(ex, text) == [("Spain", "Lebanon", 1100, None)]


def test_the_mission_with_a_from_list(ex):
    text = "The new African Union mission in Somalia began work. The mission includes 2,000 troops from Egypt and 900 from Djibouti."
    assert posture_with_qualifiers(ex, text) == [("Djibouti", "Somalia", 900, None), ("Egypt", "Somalia", 2000, None)]


def test_no_mission_named_before(ex):
    """Control: "the force" with no mission told places nothing."""
    text = "Spain sent ships abroad on Friday. The force includes 1,100 Spanish soldiers."
    assert posture_with_qualifiers(ex, text) == []
