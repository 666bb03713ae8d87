"""A singular "force" whose change to a new level is told past a dash aside ("Spain's force in Mali —
once 1,200 strong — has fallen to roughly 700") tells the new level as well as the former one.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_a_singular_force_changed_past_a_dash_aside(ex):
    text = "Spain's force in Mali — once 1,200 strong — has fallen to roughly 700, officials said."
    assert ("Spain", "Mali", 700, "roughly") in posture_with_qualifiers(ex, text)


def test_a_spaced_hyphen_stands_for_a_dash(ex):
    text = "Britain's force in Estonia - once 900 strong - has grown to about 1,200, the ministry said."
    assert ("United Kingdom", "Estonia", 1200, "about") in posture_with_qualifiers(ex, text)


def test_a_force_fallen_behind_schedule_gives_nothing(ex):
    """Control."""
    assert posture_with_qualifiers(ex, "The force has fallen behind schedule, the commander admitted.") == []


def test_an_air_force_shrunk_in_jets_gives_nothing(ex):
    """Control."""
    assert posture_with_qualifiers(ex, "Ukraine's air force has shrunk to about 100 jets, analysts said.") == []
