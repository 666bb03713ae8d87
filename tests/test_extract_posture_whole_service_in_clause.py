"""A state's whole force sized in a clause on it ("Iran's Revolutionary Guards, which number some
190,000 personnel, held drills near ...") is its strength, not a level at the place the main clause names."""

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran's Revolutionary Guards, which number some 190,000 personnel, held drills near the Strait of Hormuz.", []),
        ("Chad's army, which numbers about 30,000 soldiers, is fighting in Lake Chad.", []),
        # near misses: a level placed in the force's own clause, and one sent abroad by the main clause
        ("Iran's Revolutionary Guards have about 2,000 advisers in Syria.", [("Iran", "Syria", 2000, "about")]),
        ("Chad's army, which numbers about 30,000 soldiers, sent 1,000 troops to Mali.", [("Chad", "Mali", 1000, None)]),
    ],
)  # fmt: skip
def test_whole_force_sized_in_a_clause(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected
