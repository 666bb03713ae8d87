"""Fighters a state backs ("2,000 Iran-backed fighters") are a group's, none of the sponsor's troops."""

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 2,000 Iran-backed fighters are in Syria.", []),
        ("About 3,000 Turkish-backed Syrian fighters are deployed in Afrin.", []),
        ("Around 1,500 Russia-aligned militiamen remain in the Central African Republic.", []),
        # near misses: the state's own troops, and a force a state leads
        ("Some 2,000 Iranian troops are in Syria.", [("Iran", "Syria", 2000, "some")]),
        ("Iran has some 2,000 troops in Syria to back the government.", [("Iran", "Syria", 2000, "some")]),
    ],
)  # fmt: skip
def test_backed_fighters_are_no_sponsors_troops(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected
