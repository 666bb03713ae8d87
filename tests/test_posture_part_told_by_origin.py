"""A part of a level told by whence its troops come ("of whom about 2,500 come from the north") is a
share by origin, not a level of its own, as "of whom 300 are Scottish" is. A part told by what it does
stays a part level.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_a_part_told_by_whence_it_comes_is_no_level(ex):
    text = "Uganda has 6,000 troops in Somalia, of whom about 2,000 come from the west, an army spokesman said."
    assert posture_with_qualifiers(ex, text) == [("Uganda", "Somalia", 6000, None)]


def test_a_part_told_by_recruitment_is_no_level(ex):
    text = "Nepal has 1,200 peacekeepers in Lebanon, of whom 400 were recruited from the hill districts."
    assert [p[2] for p in posture_with_qualifiers(ex, text)] == [1200]


def test_a_part_told_by_what_it_does_stays(ex):
    """Control: _part_levels keeps a part told by its task."""
    text = "Poland keeps 5,000 soldiers on its border with Belarus, of whom 2,000 patrol the forest."
    assert 2000 in [p[2] for p in posture_with_qualifiers(ex, text)]
