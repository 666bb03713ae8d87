"""Troops told after their figure as a possible move ("Up to 3,000 Chadian soldiers could join the force in
Niger", "may be deployed") are a planned level, as "would join" tells it. Troops told there, who could
be reinforced, stand.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_could_join(ex):
    text = "Up to 3,000 Chadian soldiers could join the force in Niger, officials said."
    assert ("Chad", "Niger", 3000, "up to (planned)") in posture_with_qualifiers(ex, text)


def test_may_be_deployed(ex):
    text = "About 3,000 Chadian soldiers may be deployed to Niger."
    assert ("Chad", "Niger", 3000, "about (planned)") in posture_with_qualifiers(ex, text)


def test_troops_there_who_could_be_reinforced_stand(ex):
    """Control: the figure told as there; the possible move is another's."""
    text = "About 3,000 Chadian soldiers are in Niger and could be reinforced."
    assert ("Chad", "Niger", 3000, "about") in posture_with_qualifiers(ex, text)
