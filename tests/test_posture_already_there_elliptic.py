"""A bare figure after troops told before, placed "already there" ("About 1,700 are already there"), counts
those troops where they stand, as "are still there" and "are currently there" do.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_already_there_in_the_next_sentence(ex):
    text = "Germany will station a brigade of 5,000 soldiers in Lithuania by 2027. About 1,700 are already there, he says."
    assert ("Germany", "Lithuania", 1700, "about") in posture_with_qualifiers(ex, text)


def test_control_already_trained(ex):
    """Near miss: "already trained" places no one."""
    text = "Germany will station 5,000 troops in Lithuania by 2027. About 1,700 are already trained."
    assert [p[2] for p in posture_with_qualifiers(ex, text)] == [5000]
