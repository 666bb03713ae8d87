"""Troops told "once in" a place ("the 3,000 Burundian troops once in Somalia") are a former level, as "once based
in" already was; "once in place" (when there) and a later clause opening on "once" tell no past.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_once_in_a_place_is_former(ex):
    text = "Of the 3,000 Burundian troops once in Somalia, about 2,000 remain."
    assert posture_with_qualifiers(ex, text) == [
        ("Burundi", "Somalia", 2000, "about"),
        ("Burundi", "Somalia", 3000, "(former level)"),
    ]


def test_once_in_place_stays(ex):
    """Control: "once in place" tells when they act, not a past level."""
    text = "About 3,000 Burundian troops, once in place in Somalia, will guard the border."
    assert posture_with_qualifiers(ex, text) == [("Burundi", "Somalia", 3000, "about")]


def test_a_later_clause_on_once_stays(ex):
    """Control: "once" opening a clause of its own."""
    text = "Some 3,000 Burundian troops are in Somalia, and once in Kismayo they will patrol the port."
    assert posture_with_qualifiers(ex, text) == [("Burundi", "Somalia", 3000, "some")]
