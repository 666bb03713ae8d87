"""A level held when the unit was formed ("which numbered about 500 soldiers when it was set up") is a former
level, as one held "until last year" is; a present holding beside a clause on the founding stays standing.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_numbered_when_formed_is_former(ex):
    text = "Canada's brigade in Latvia, which numbered about 500 soldiers when it was formed, will grow to 2,200 by 2026."
    assert ("Canada", "Latvia", 500, "about (former level)") in posture_with_qualifiers(ex, text)


def test_had_when_set_up_is_former(ex):
    text = "The Czech unit in Slovakia had some 250 soldiers when it was set up in 2022."
    assert posture_with_qualifiers(ex, text) == [("Czech Republic", "Slovakia", 250, "some (former level)")]


def test_holding_now_stays(ex):
    """Control: "has" holds the level now, whatever the sentence tells of the founding."""
    text = "The Czech unit in Slovakia has some 250 soldiers, and it was set up when the war began."
    assert posture_with_qualifiers(ex, text) == [("Czech Republic", "Slovakia", 250, "some")]
