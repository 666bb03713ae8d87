""""a coalition of factions" is any coalition, told by a common noun, never the lexicon's US-led coalition."""

import pytest

from tests.conftest import posture_with_qualifiers

_BEFORE = "The United States keeps troops in Iraq. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ankara also backs the Syrian National Army, a coalition of factions with about 70,000 fighters.", []),
        ("The rebels formed a new coalition of armed groups with some 5,000 fighters in Idlib.", []),
        # near misses: the coalition told by its name, with or without its members
        (_BEFORE + "The coalition of 80 nations has 3,000 troops in Iraq.", [("US-led coalition", "Iraq", 3000, None)]),
        (_BEFORE + "The coalition has 3,000 troops in Iraq.", [("US-led coalition", "Iraq", 3000, None)]),
    ],
)  # fmt: skip
def test_a_coalition_of_members_is_no_named_body(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected
