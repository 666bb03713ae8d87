"""The troops just counted, told changing in a clause after them, are a planned level at the new figure also
when the relative leaves out "that is" ("..., a figure set to rise to 4,800") and when the troops are told
as posted ("1,800 soldiers stationed in Lithuania, a figure ...").

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_a_figure_set_to_rise(ex):
    text = "Germany has around 1,800 soldiers in Lithuania, a figure set to rise to 4,800."
    got = posture_with_qualifiers(ex, text)
    assert ("Germany", "Lithuania", 4800, "(planned)") in got
    assert ("Germany", "Lithuania", 1800, "around") in got


def test_troops_told_as_posted(ex):
    text = "Norway currently has around 600 soldiers stationed in Lithuania, a figure expected to fall to 300 by 2027."
    got = posture_with_qualifiers(ex, text)
    assert ("Norway", "Lithuania", 300, "(planned)") in got
    assert ("Norway", "Lithuania", 600, "around") in got


def test_a_figure_told_of_otherwise_is_no_level(ex):
    """Control: a figure commented on, not changed, gives only the count."""
    text = "Germany has around 1,800 soldiers stationed in Lithuania, a number seen in Berlin as too small."
    assert posture_with_qualifiers(ex, text) == [("Germany", "Lithuania", 1800, "around")]
