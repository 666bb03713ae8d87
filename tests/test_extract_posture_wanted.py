"""Troop posture in sentences written here: troops only asked for, or a size only reckoned to be
needed, are no level; a plan that calls for troops, and troops sent, keep theirs."""

from __future__ import annotations

import pytest

from reporter.extract import Extractor
from tests.conftest import posture_with_qualifiers

PLACED = "About 1,500 Spanish soldiers are deployed in Latvia. "
STANDING = [("Spain", "Latvia", 1500, "about")]


@pytest.mark.parametrize(
    "second",
    [
        "Several senators have urged Madrid to send 2,000 more soldiers there.",
        "The Latvian government asked Spain to deploy 800 additional troops, a request still under review.",
        "Riga requested 900 extra soldiers from its allies last week.",
        "Planners said a force of at least 6,000 would be needed to hold the border region.",
        "Defending the whole border would need at least 9,000 troops, a study found.",
    ],
)
def test_asked_or_needed_is_no_level(ex: Extractor, second: str) -> None:
    """A figure only requested or reckoned as needed adds no level beside the standing one."""
    assert posture_with_qualifiers(ex, PLACED + second) == STANDING


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # near miss: a plan that calls for a level keeps it
        (
            "The new plan calls for keeping 1,000 Spanish troops in Latvia.",
            [("Spain", "Latvia", 1000, None), ("Spain", "Latvia", 1500, "about")],
        ),
        # near miss: troops sent, with no asking, stay a level
        (
            "Madrid sent 600 more soldiers to Latvia last week.",
            [("Spain", "Latvia", 600, "(additional)"), ("Spain", "Latvia", 1500, "about")],
        ),
    ],
)
def test_plans_and_sendings_keep_level(ex: Extractor, second: str, expected: list) -> None:
    """A planned or sent figure keeps its reading."""
    assert posture_with_qualifiers(ex, PLACED + second) == expected
