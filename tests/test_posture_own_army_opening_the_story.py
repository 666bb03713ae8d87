"""A state's own army opening a story that names no country before it, sent or kept in a side of the
country with no place named ("to the south", "in the north"), stands on its own ground: force and
country are that state, as after a story that named the state last.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_own_army_opening_a_datelined_story(ex):
    text = "TRIPOLI — The Libyan army has sent about 3,000 soldiers to the south, a spokesman said on Sunday."
    assert posture_with_qualifiers(ex, text) == [("Libya", "Libya", 3000, "about")]


def test_own_army_by_its_possessive(ex):
    text = "Chad's army has about 4,000 troops in the north, an officer told reporters."
    assert posture_with_qualifiers(ex, text) == [("Chad", "Chad", 4000, "about")]


def test_a_foreign_country_told_before_keeps_the_sides_unread(ex):
    """Control: the text before named another country last, so "the south" is not read as the state's own."""
    text = (
        "Fighting in Sudan has displaced thousands. "
        "The Egyptian army has sent about 3,000 soldiers to the south, a spokesman said."
    )
    assert ("Egypt", "Egypt", 3000, "about") not in posture_with_qualifiers(ex, text)


def test_a_foreign_dateline_keeps_the_sides_unread(ex):
    """Control: the story is filed from another country."""
    text = "RIGA, Latvia — The Danish army keeps about 700 soldiers in the south, its ministry said."
    assert ("Denmark", "Denmark", 700, "about") not in posture_with_qualifiers(ex, text)
