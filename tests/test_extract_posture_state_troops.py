"""Troop posture in sentences written here: troops told as a state's own by their kind ("army
troops", "government soldiers") are never the armed group the clause names; a state's or an
alliance's figure so told, and a group's own fighters, keep their levels."""

from __future__ import annotations

import pytest

from reporter.extract import Extractor
from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The RSF said its fighters had cut the roads into Babanusa, where some 900 army troops have held out for weeks.",
            [],
        ),
        (
            "The RSF claimed on Sunday that about 1,200 government soldiers had been encircled near Kadugli.",
            [],
        ),
        # near miss: the group's own troops keep their level
        (
            "The RSF has about 1,200 troops around Kadugli.",
            [("Rapid Support Forces", "Sudan", 1200, "about")],
        ),
        # near miss: a state's army troops sent abroad are its own
        (
            "Egypt sent about 1,200 army troops to Libya.",
            [("Egypt", "Libya", 1200, "about")],
        ),
        # near miss: an alliance's army troops are the alliance's
        (
            "NATO has about 1,200 army troops in Latvia.",
            [("NATO", "Latvia", 1200, "about")],
        ),
    ],
)
def test_state_troops_are_no_group_level(ex: Extractor, text: str, expected: list) -> None:
    """A state's army troops named by kind are no armed group's level."""
    assert posture_with_qualifiers(ex, text) == expected
