"""A body that "counts" or "counted" its troops holds them, as one that "numbers" them does: "The
coalition, which counted more than 10,000 troops" is the coalition's level, not that of the state told before."""

import pytest

from tests.conftest import posture_with_qualifiers

_BEFORE = "The United States will pull soldiers out of Iraq. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_BEFORE + "The coalition, which at its height in 2017 counted more than 10,000 troops from some 80 countries, has since shrunk.",
         [("US-led coalition", "Iraq", 10000, "more than (former level)")]),
        (_BEFORE + "The coalition counts 3,000 troops there.", [("US-led coalition", "Iraq", 3000, None)]),
        # near miss: a body that numbers its troops was read so already
        (_BEFORE + "The coalition, which numbers 3,000 troops, will stay.", [("US-led coalition", "Iraq", 3000, "(remaining)")]),
    ],
)  # fmt: skip
def test_counted_by_its_holder(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected
