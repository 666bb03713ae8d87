"""Troops "pulled out of" a country, told with their owner and "last" or "remaining", read as
"withdrew"/"will withdraw" do: gone when told done, still the level when told ahead."""

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France pulled its last 1,000 soldiers out of Chad in January.", [("France", "Chad", 1000, "(withdrawn)")]),
        ("France will pull its remaining 1,000 soldiers out of Chad.", [("France", "Chad", 1000, "(remaining)")]),
        # near misses: a part pulled out leaves the whole as the level before the pull; "withdraw" read so too
        ("France pulled 300 of its 1,000 soldiers out of Chad.", [("France", "Chad", 1000, "(former level)")]),
        ("France will withdraw its remaining 1,000 soldiers from Chad.", [("France", "Chad", 1000, "(remaining)")]),
    ],
)  # fmt: skip
def test_pulled_out_of_a_country(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected
