"""Troops whose change to a new level is told past an aside ("Turkey's contingent in Qatar, once 5,000
strong, has shrunk to about 3,000") tell the new level as well as the former one.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_a_change_past_an_aside_between_commas(ex):
    text = "Turkey's contingent in Qatar, once 5,000 strong, has shrunk to about 3,000, local officials said."
    assert ("Turkey", "Qatar", 3000, "about") in posture_with_qualifiers(ex, text)


def test_a_change_past_an_aside_between_dashes(ex):
    text = "Italian troops in Lebanon — long the mission's backbone — have fallen to about 900, Rome said."
    assert ("Italy", "Lebanon", 900, "about") in posture_with_qualifiers(ex, text)


def test_a_change_with_no_aside_is_unchanged(ex):
    """Control."""
    text = "US troops in Syria have fallen to about 1,000, officials said."
    assert posture_with_qualifiers(ex, text) == [("United States", "Syria", 1000, "about")]
