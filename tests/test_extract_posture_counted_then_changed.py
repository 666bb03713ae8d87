"""A level told without its noun and then changed in the same clause ("now numbers about 1,800 and
will grow to 5,000") gives the new level too, as "1,800 soldiers and will grow to" already did; only
a figure read as a level is so changed, never a toll.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_numbers_and_will_grow(ex):
    text = "The German brigade in Lithuania now numbers about 1,800 and will grow to 5,000 by 2027."
    got = posture_with_qualifiers(ex, text)
    assert ("Germany", "Lithuania", 1800, "about") in got
    assert ("Germany", "Lithuania", 5000, "(planned)") in got


def test_number_and_will_fall(ex):
    text = "US troops in Syria number about 2,000 and will fall to 1,000 by the end of the year."
    got = posture_with_qualifiers(ex, text)
    assert ("United States", "Syria", 2000, "about") in got
    assert ("United States", "Syria", 1000, "(planned)") in got


def test_toll_changed_is_no_level(ex):
    """Control: a toll's figure and its change give no level."""
    text = "Five soldiers died in the attack; the toll stood at 30 and is expected to rise to 50."
    assert posture_with_qualifiers(ex, text) == []


def test_with_its_noun_unchanged(ex):
    """Control: the figure with its noun, as before."""
    text = "Germany's brigade in Lithuania has about 1,800 soldiers and is set to grow to 4,800."
    got = posture_with_qualifiers(ex, text)
    assert sorted(got) == [("Germany", "Lithuania", 1800, "about"), ("Germany", "Lithuania", 4800, "(planned)")]
