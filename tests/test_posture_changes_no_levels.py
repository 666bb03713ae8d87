"""A change told by its size is no troop level: the object of a cut ("to cut 4,000 troops", as "cut by
4,000" is), and troops told gone with no place after the verb ("the phase in which 1,500 troops departed",
a part taken out, as "have left Syria" is). A cut to a figure stays the planned level.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_the_object_of_a_cut_is_no_level(ex):
    text = "Somalia mission to cut 3,500 troops\n\nThe African Union mission in Somalia has about 16,000 soldiers."
    assert [p[2] for p in posture_with_qualifiers(ex, text)] == [16000]


def test_a_cut_to_a_figure_stays_the_planned_level(ex):
    """Near miss: "to" names the level left."""
    text = "The African Union mission in Somalia will cut its force to 9,000 by August."
    assert ("AUSSOM", "Somalia", 9000, "(planned)") in posture_with_qualifiers(ex, text)


def test_troops_gone_with_no_place_after_are_no_level(ex):
    text = (
        "The African Union mission in Somalia has about 16,000 soldiers in the country. "
        "The second stage, in which 1,500 troops departed, ended in March, officials said."
    )
    assert [p[2] for p in posture_with_qualifiers(ex, text)] == [16000]
