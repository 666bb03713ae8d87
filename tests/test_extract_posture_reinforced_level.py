"""Troop posture in sentences written here: the troops an addition reinforces, told by a bare figure
("to reinforce the 700 already there"), are the level standing; the same verb with no standing
troops after it adds none."""

from __future__ import annotations

import pytest

from reporter.extract import Extractor
from tests.conftest import posture_with_qualifiers

OPENING = "Denmark is expanding its presence in Latvia. "


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "It will send another 200 soldiers to reinforce the 700 already stationed there.",
            [("Denmark", "Latvia", 200, "(additional)"), ("Denmark", "Latvia", 700, None)],
        ),
        (
            "The new company of 150 soldiers will bolster the 700 it already keeps in Latvia.",
            [("Denmark", "Latvia", 150, None), ("Denmark", "Latvia", 700, None)],
        ),
        # near miss: "reinforce" with no standing troops after it adds no second figure
        (
            "It will send another 200 soldiers to reinforce the border.",
            [("Denmark", "Latvia", 200, "(additional)")],
        ),
        # near miss: the joined troops read as before
        (
            "It will send another 200 soldiers to join the 700 already there.",
            [("Denmark", "Latvia", 200, "(additional)"), ("Denmark", "Latvia", 700, None)],
        ),
    ],
)
def test_reinforced_troops_are_a_level(ex: Extractor, second: str, expected: list) -> None:
    """The troops an addition reinforces are the level there."""
    assert posture_with_qualifiers(ex, OPENING + second) == expected
