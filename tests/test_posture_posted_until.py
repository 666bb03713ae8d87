"""Troops told posted up to a bound gone by ("where some 800 soldiers were stationed until last year") are a
former level, as "were there until last year" already was; a bound ahead, or a clause told now, keeps the level.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_posted_until_last_year_is_former(ex):
    text = "Britain shut its camp near Tapa in Estonia, where about 800 soldiers were stationed until last year."
    assert posture_with_qualifiers(ex, text) == [("United Kingdom", "Estonia", 800, "about (former level)")]


def test_posted_until_a_past_year_is_former(ex):
    text = "Italy handed over the barracks in Niger, where some 300 troops were based until 2023."
    assert posture_with_qualifiers(ex, text) == [("Italy", "Niger", 300, "some (former level)")]


def test_posted_until_a_bound_ahead_stands(ex):
    """Control: "are based until the end of the year" is the level now."""
    text = "Italy runs the barracks in Niger, where some 300 troops are based until the end of the year."
    assert posture_with_qualifiers(ex, text) == [("Italy", "Niger", 300, "some")]
