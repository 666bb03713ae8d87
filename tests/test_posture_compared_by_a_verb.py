"""A comparison told by a verb after a level ("..., about 2,300 strong, is its largest in the
Mediterranean") runs over a wider area: that area is not where the troops are, as after a comma
("..., its largest contingent in Africa").

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_superlative_told_by_a_verb(ex):
    text = "Britain's garrison in Cyprus, about 2,300 strong, is its largest in the Mediterranean."
    assert posture_with_qualifiers(ex, text) == [("United Kingdom", "Cyprus", 2300, "about")]


def test_control_a_place_told_by_the_verb(ex):
    """Near miss: "are in" places the troops."""
    text = "About 900 British troops are in Estonia, where they lead a NATO battlegroup."
    assert posture_with_qualifiers(ex, text) == [("United Kingdom", "Estonia", 900, "about")]
