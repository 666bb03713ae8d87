"""A force cut by a figure ("will reduce its strength by 2,500 soldiers", "the force will be cut by 500
soldiers") tells the cut's size, no troop level, planned or standing. A cut to a figure ("will reduce its
troops to 9,000") is the planned level still.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_a_cut_by_a_figure_is_no_level(ex):
    text = "The African Union mission in Somalia will reduce its strength by 2,500 soldiers by the end of August."
    assert [p for p in posture_with_qualifiers(ex, text) if p[2] == 2500] == []


def test_reworded_as_a_passive_after_a_level(ex):
    text = "About 2,500 US troops are in Iraq, and the force will be cut by 500 soldiers next year."
    assert posture_with_qualifiers(ex, text) == [("United States", "Iraq", 2500, "about")]


def test_trimmed_by_some(ex):
    text = "Paris will trim its contingent in Chad by some 400 troops this year."
    assert posture_with_qualifiers(ex, text) == []


def test_a_cut_to_a_figure_is_the_planned_level(ex):
    """Near miss: "to" names the level the force will have."""
    text = "The African Union mission in Somalia will reduce its troops to 9,000 by August."
    assert ("AUSSOM", "Somalia", 9000, "(planned)") in posture_with_qualifiers(ex, text)
