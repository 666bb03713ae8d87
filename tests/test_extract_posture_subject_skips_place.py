"""Troop posture in sentences written here: a mission or state named after "in the" is where the
subject's troops serve, not a second subject that takes the figure; a mission that is the subject
keeps it."""

from __future__ import annotations

import pytest

from reporter.extract import Extractor
from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Burundi has the second largest contingent in the African Union mission in Somalia, with about 2,800 soldiers.",
            [("Burundi", "Somalia", 2800, "about")],
        ),
        (
            "Ghana keeps a battalion in the UN mission in Lebanon, with some 870 troops.",
            [("Ghana", "Lebanon", 870, "some")],
        ),
        # near miss: without "the", read as before
        (
            "Burundi has the second largest contingent in Somalia, with about 2,800 soldiers.",
            [("Burundi", "Somalia", 2800, "about")],
        ),
        # near miss: the mission as the subject holds its own figure
        (
            "The UN mission in Lebanon has some 10,000 troops.",
            [("UNIFIL", "Lebanon", 10000, "some")],
        ),
    ],
)
def test_mission_after_in_the_is_where(ex: Extractor, text: str, expected: list) -> None:
    """The state that has the contingent owns the figure; the mission after "in the" is where."""
    assert posture_with_qualifiers(ex, text) == expected
