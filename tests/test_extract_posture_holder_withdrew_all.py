"""A level told in a clause on its holder, whose main verb takes all its troops out ("Burundi, which had
more than 3,000 troops in Somalia, withdrew its contingent"), is a former level."""

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burundi, which had more than 3,000 troops in Somalia, withdrew its contingent after a dispute.",
         [("Burundi", "Somalia", 3000, "more than (former level)")]),
        ("Burundi, which had 3,000 troops in Somalia, has since pulled out all its soldiers.",
         [("Burundi", "Somalia", 3000, "(former level)")]),
        # near misses: a withdrawal ahead leaves the level standing; another party's withdrawal is its own
        ("Burundi, which has 3,000 troops in Somalia, will withdraw its contingent next year.",
         [("Burundi", "Somalia", 3000, None)]),
        ("Burundi has 3,000 troops in Somalia, and Kenya withdrew its troops from Haiti.",
         [("Burundi", "Somalia", 3000, None)]),
    ],
)  # fmt: skip
def test_holder_withdrew_all(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected
