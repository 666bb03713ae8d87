"""A former level told as known ("up from the 900 it had acknowledged") is read whatever clause follows it."""

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pentagon said the United States now has 2,000 troops in Syria, up from the 900 it had acknowledged.",
         [("United States", "Syria", 900, "(former level)"), ("United States", "Syria", 2000, None)]),
        ("Britain now keeps 1,200 soldiers in Estonia, up from the 800 the ministry reported last spring.",
         [("United Kingdom", "Estonia", 800, "(former level)"), ("United Kingdom", "Estonia", 1200, None)]),
        # near misses: a share is no level; a bare former level keeps its reading
        ("Britain now keeps 1,200 soldiers in Estonia, down from the 300 percent rise.",
         [("United Kingdom", "Estonia", 1200, None)]),
        ("Britain now keeps 1,200 soldiers in Estonia, up from 800, the ministry said.",
         [("United Kingdom", "Estonia", 800, "(former level)"), ("United Kingdom", "Estonia", 1200, None)]),
    ],
)  # fmt: skip
def test_known_former_level_with_clause(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected
