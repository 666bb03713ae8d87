"""Troops told leaving after an aside on them ("About 1,000 U.S. troops, most of them at Ain al-Asad air
base, will leave Iraq") are the troops going, "(withdrawn)", as without the aside.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_leaving_past_an_aside(ex):
    text = "About 1,000 U.S. troops, most of them at Ain al-Asad air base, will leave Iraq by September 2025."
    assert posture_with_qualifiers(ex, text) == [("United States", "Iraq", 1000, "about (withdrawn)")]


def test_control_staying_past_an_aside(ex):
    """Near miss: the same aside before "remain" leaves the level standing."""
    text = "About 1,000 U.S. troops, most of them at Ain al-Asad air base, remain in Iraq."
    assert posture_with_qualifiers(ex, text) == [("United States", "Iraq", 1000, "about")]
