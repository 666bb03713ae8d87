"""A part of a force taken out, told done ("has pulled 300 of its 900 soldiers", "withdrew about half of its
1,000 troops"), leaves the whole as the level before the pull: a former level. Told ahead ("will withdraw
half of its 1,000"), the whole is the level standing now.

Every sentence here is self-written.
"""

from __future__ import annotations

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda has pulled about half of its 1,200 troops from northern Mozambique.",
        "Rwanda withdrew 500 of its 1,200 troops from northern Mozambique in March.",
        "Rwanda has brought home a third of its 1,200 soldiers in Mozambique.",
    ],
)
def test_a_part_taken_out_leaves_the_whole_former(ex, text):
    assert [(p[2], p[3]) for p in posture_with_qualifiers(ex, text)] == [(1200, "(former level)")]


def test_a_part_to_be_taken_out_leaves_the_whole_standing(ex):
    """Control: the pull still ahead, the whole stands now (not a planned level)."""
    text = "Rwanda will withdraw about half of its 1,200 troops from northern Mozambique."
    assert posture_with_qualifiers(ex, text) == [("Rwanda", "Mozambique", 1200, None)]


def test_a_part_moved_inside_the_country_keeps_the_whole(ex):
    """Control: no verb of leaving before the part."""
    text = "Rwanda has moved about half of its 1,200 troops in Mozambique to the coast."
    assert [(p[2], p[3]) for p in posture_with_qualifiers(ex, text)] == [(1200, None)]
