"""Troop posture in sentences written here: a coalition or mission sized by the states or the arms it
counts ("numbered 30 countries", "totals 40 ships") tells no troop level; the same verbs with a figure
of troops keep theirs."""

from __future__ import annotations

import pytest

from reporter.extract import Extractor
from tests.conftest import posture_with_qualifiers

PLACED = "About 1,200 Italian soldiers serve in Kosovo. "


@pytest.mark.parametrize(
    "second",
    [
        "The coalition, which at its height numbered 65 countries, will end its mission in Kosovo by June.",
        "The naval coalition in the Red Sea now totals 54 nations, its commander said.",
        "The task force, which numbers 70 ships, will stay on patrol until June.",
        "The NATO mission in Kosovo numbers 52 allies.",
    ],
)
def test_states_or_arms_counted_are_no_level(ex: Extractor, second: str) -> None:
    """A count of states, allies or vessels after a verb of numbering is no troop figure."""
    assert posture_with_qualifiers(ex, PLACED + second) == [("Italy", "Kosovo", 1200, "about")]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # near miss: the same verb with a figure of people, told bare, is the level it was
        (
            "NATO troops in Kosovo number about 4,500.",
            [("Italy", "Kosovo", 1200, "about"), ("NATO", "Kosovo", 4500, "about")],
        ),
        # near miss: states named after the figure's troops do not unmake it
        (
            "NATO troops in Kosovo total about 4,500 soldiers from 28 countries.",
            [("Italy", "Kosovo", 1200, "about"), ("NATO", "Kosovo", 4500, "about")],
        ),
    ],
)
def test_troops_numbered_keep_level(ex: Extractor, second: str, expected: list) -> None:
    """A verb of numbering with a troop figure still reads the level."""
    assert posture_with_qualifiers(ex, PLACED + second) == expected
