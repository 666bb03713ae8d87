"""A part of a force told as coming from a state ("..., of whom about 2,500 come from Egypt", "about 2,500 of
them from Egypt") is that state's level where the force serves, planned when the part is told as expected
to come; a body told as "for" a country ("a new force for Somalia") serves there. A part from no state names no
party.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_a_part_expected_from_a_state_of_a_force_told_before(ex):
    text = (
        "The regional bloc said on Monday that a new stabilisation force for Somalia would replace the current "
        "mission in April. The force will number 5,000, of whom about 2,500 are expected to come from Egypt, "
        "officials said."
    )
    assert ("Egypt", "Somalia", 2500, "about (planned)") in posture_with_qualifiers(ex, text)


def test_a_part_that_comes_from_a_state_stands(ex):
    text = "The AU force in Somalia has 5,000 troops, of whom about 2,500 come from Egypt."
    got = posture_with_qualifiers(ex, text)
    assert ("Egypt", "Somalia", 2500, "about") in got
    assert ("AUSSOM", "Somalia", 5000, None) in got


def test_of_them_from_a_state(ex):
    text = "The AU force in Somalia has 5,000 troops, about 2,500 of them from Egypt."
    assert ("Egypt", "Somalia", 2500, "about") in posture_with_qualifiers(ex, text)


def test_a_people_part_is_unchanged(ex):
    """Control: the part told by a people's name, as before."""
    text = "The new AU force in Somalia will have 5,000 troops, of whom about 2,500 are Egyptian."
    assert ("Egypt", "Somalia", 2500, "about (planned)") in posture_with_qualifiers(ex, text)


def test_a_part_from_a_region_of_a_state_is_no_state(ex):
    """Control: a part told as from a region or unit, not a state, names no new party."""
    text = "The AU force in Somalia has 5,000 troops, of whom about 2,500 are from the Horn."
    got = posture_with_qualifiers(ex, text)
    assert ("AUSSOM", "Somalia", 5000, None) in got
    assert all(p[0] in ("AUSSOM",) for p in got)
