"""Troop posture in sentences written here: the size of a state's own armed forces as a whole, told
with no place after a paragraph about another party's troops abroad, is no level where those troops
are; the same words about the state's troops placed abroad keep their level."""

from __future__ import annotations

import pytest

from reporter.extract import Extractor
from tests.conftest import posture_with_qualifiers

FOREIGN_FIRST = "About 900 Dutch soldiers are stationed in Latvia under an allied rotation. "


@pytest.mark.parametrize(
    "second",
    [
        "Norway's own armed forces number about 9,000 active personnel.",
        "Estonia's army has around 7,500 troops.",
        "The Moldovan army, rebuilt over the past decade, counts some 6,000 soldiers.",
        "Slovakia's armed forces total roughly 14,000 personnel.",
    ],
)
def test_own_forces_total_is_no_level_abroad(ex: Extractor, second: str) -> None:
    """A state's whole strength with no place of its own does not take the place told before."""
    assert posture_with_qualifiers(ex, FOREIGN_FIRST + second) == [("Netherlands", "Latvia", 900, "about")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near miss: the state's own troops abroad told first; its figure after may be theirs there
        (
            "About 900 Dutch soldiers are stationed in Latvia under an allied rotation. "
            "The Dutch army has about 900 troops on the Latvian rotation.",
            [("Netherlands", "Latvia", 900, "about")],
        ),
        # near miss: "the <state> military has" after another party's troops abroad is read as before
        # (wire copy words a deployed level so: no whole army)
        (
            "About 900 Dutch soldiers are stationed in Latvia under an allied rotation. "
            "The Belgian military has about 300 soldiers, a spokesman said.",
            [("Belgium", "Latvia", 300, "about"), ("Netherlands", "Latvia", 900, "about")],
        ),
        # near miss: the army's figure placed in its own sentence keeps that place
        (
            "About 900 Dutch soldiers are stationed in Latvia under an allied rotation. "
            "The Belgian army has about 300 soldiers in Lithuania.",
            [("Belgium", "Lithuania", 300, "about"), ("Netherlands", "Latvia", 900, "about")],
        ),
        # near miss: a figure of a party's troops that names no whole army still carries the place
        (
            "About 900 Dutch soldiers are stationed in Latvia under an allied rotation. "
            "Belgium has about 300 soldiers there as well.",
            [("Belgium", "Latvia", 300, "about"), ("Netherlands", "Latvia", 900, "about")],
        ),
    ],
)
def test_placed_or_own_abroad_keeps_level(ex: Extractor, text: str, expected: list) -> None:
    """A figure placed by its sentence, or the state's own troops told abroad before, keeps its level."""
    assert posture_with_qualifiers(ex, text) == expected
