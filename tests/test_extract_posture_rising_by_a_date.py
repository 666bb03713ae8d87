"""A level a participle of change reaches by a date after the report ("..., rising to 5,000 by 2027") is
planned; the same by a date already gone by is not.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_rising_by_a_later_year(ex):
    text = "Germany has about 1,800 soldiers in Lithuania, rising to 5,000 by the end of 2027."
    got = posture_with_qualifiers(ex, text)
    assert ("Germany", "Lithuania", 1800, "about") in got
    assert ("Germany", "Lithuania", 5000, "(planned)") in got


def test_numbers_then_rising(ex):
    text = "The German brigade in Lithuania numbers about 1,800, rising to 5,000 by 2027."
    assert ("Germany", "Lithuania", 5000, "(planned)") in posture_with_qualifiers(ex, text)


def test_rising_by_a_year_gone_by_is_no_plan(ex):
    """Control: a date before the report tells no plan."""
    text = "Germany has about 1,800 soldiers in Lithuania, rising to 5,000 by 2023."
    assert ("Germany", "Lithuania", 5000, "(planned)") not in posture_with_qualifiers(ex, text)
