"""A figure whose phrase is followed by a span counted back ("about 900 troops a year ago", "two years
earlier") is a former level, as one after "A year ago, ..." already was; never a level now.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_compared_with_a_year_ago(ex):
    text = "US troops in Syria number about 2,000, compared with about 900 troops a year ago."
    got = posture_with_qualifiers(ex, text)
    assert ("United States", "Syria", 2000, "about") in got
    assert ("United States", "Syria", 900, "about (former level)") in got
    assert ("United States", "Syria", 900, "about") not in got


def test_up_from_years_earlier(ex):
    text = "The US has about 2,000 troops in Syria now, up from about 900 troops two years earlier."
    got = posture_with_qualifiers(ex, text)
    assert ("United States", "Syria", 900, "about (former level)") in got
    assert ("United States", "Syria", 2000, "about") in got


def test_held_months_ago(ex):
    text = "Russia kept some 5,000 soldiers in Armenia several months ago, officials in Yerevan said."
    assert posture_with_qualifiers(ex, text) == [("Russia", "Armenia", 5000, "some (former level)")]


def test_span_before_unchanged(ex):
    """Control: the span told before the figure, as before."""
    text = "Two years ago, France had about 5,000 soldiers in the Sahel."
    assert posture_with_qualifiers(ex, text) == [("France", "Sahel", 5000, "about (former level)")]


def test_level_now_stands(ex):
    """Control: a level with no span after it stands."""
    text = "US troops in Syria number about 2,000, the Pentagon said on Friday."
    assert posture_with_qualifiers(ex, text) == [("United States", "Syria", 2000, "about")]
