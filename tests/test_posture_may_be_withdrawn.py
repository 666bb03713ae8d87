"""Troops told as possibly leaving ("up to 1,000 US troops in Syria could be withdrawn", "may leave") are
the troops a withdrawal may take out, as the active "could withdraw up to 1,000 troops" reads them:
"(withdrawn)", not a standing level. A possibility never makes them the whole "(to be withdrawn)".

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_could_be_withdrawn_is_a_part_taken_out(ex):
    text = "Up to 1,000 US troops in Syria could be withdrawn in the coming months, two officials said."
    assert posture_with_qualifiers(ex, text) == [("United States", "Syria", 1000, "up to (withdrawn)")]


def test_may_be_pulled_out(ex):
    text = "About 1,000 US troops in Syria may be pulled out this year, the officials said."
    assert posture_with_qualifiers(ex, text) == [("United States", "Syria", 1000, "about (withdrawn)")]


def test_could_leave_a_place_named_after(ex):
    text = "About 1,000 US troops could leave Syria by the summer, the officials said."
    assert posture_with_qualifiers(ex, text) == [("United States", "Syria", 1000, "about (withdrawn)")]


def test_control_a_possible_harm_is_no_withdrawal(ex):
    """Near miss: "could" with another verb leaves the level standing."""
    text = "About 1,000 US troops in Syria could face more attacks, the officials said."
    assert posture_with_qualifiers(ex, text) == [("United States", "Syria", 1000, "about")]


def test_control_may_stay(ex):
    """Near miss: "may stay" keeps them there; the month "May" is no modal."""
    text = "About 1,000 US troops in Syria may stay until May, the officials said."
    assert posture_with_qualifiers(ex, text) == [("United States", "Syria", 1000, "about")]
