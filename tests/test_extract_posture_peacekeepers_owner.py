"""Peacekeepers no phrase of theirs owns ("Its 8,000 peacekeepers") are the mission's that their sentence or
the one before names, not a state told earlier in another role; a state's own contingent stays its own."""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_peacekeepers_after_their_mission_are_the_mission_s(ex):
    """The state that struck a target two sentences before owns no peacekeepers."""
    text = (
        "The Israeli army said it had hit a weapons depot near Tyre in southern Lebanon. "
        "UNIFIL's mandate runs out at the end of the year. Its roughly 8,000 peacekeepers are to leave within a year."
    )
    found = posture_with_qualifiers(ex, text)
    assert [(f, c, n) for f, c, n, _q in found] == [("UNIFIL", "Lebanon", 8000)]


def test_a_state_s_own_peacekeepers_stay_its_own(ex):
    """A state named as the troops' owner just before keeps them."""
    text = "Ireland has troops in Lebanon. Its 340 peacekeepers serve near the Blue Line, the defence forces said."
    found = posture_with_qualifiers(ex, text)
    assert [(f, c, n) for f, c, n, _q in found] == [("Ireland", "Lebanon", 340)]
