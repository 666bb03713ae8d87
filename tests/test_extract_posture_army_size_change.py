"""Posture: a state's whole army told by its size after a change ("has grown to", "now stands at") is its
strength at home, not a level where the text before placed another party's troops; a contingent abroad
told the same way keeps its level there."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

ABROAD = "Some 900 Dutch soldiers are stationed in Lithuania, Lithuanian officials said. "


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    "second",
    [
        "Chile's army has grown to about 80,000 soldiers, the defence ministry said.",
        "Norway's army now stands at about 9,000 soldiers, the defence ministry said.",
        "Peru's armed forces have shrunk to some 60,000 troops, the defence ministry said.",
    ],
)
def test_a_whole_army_after_a_change_is_no_level_abroad(ex: Extractor, second: str) -> None:
    """The whole army's size takes no place from the sentence before."""
    assert _levels(ex, ABROAD + second) == [("Netherlands", "Lithuania", 900)]


def test_a_contingent_grown_keeps_its_level(ex: Extractor) -> None:
    """Near miss: a contingent, not a whole army, grown to a size is a level where it serves."""
    text = ABROAD + "The Dutch contingent has grown to about 1,100 soldiers, the defence ministry said."
    assert ("Netherlands", "Lithuania", 1100) in _levels(ex, text)


def test_its_army_after_a_named_state_is_that_states_whole(ex: Extractor) -> None:
    """ "<State>'s police has N, and its army counts M": the whole army of the state named before."""
    text = ABROAD + "Chile's police has 40,000 officers, and its army counts about 45,000 soldiers."
    assert _levels(ex, text) == [("Netherlands", "Lithuania", 900)]


def test_its_unit_placed_keeps_its_level(ex: Extractor) -> None:
    """Near miss: "its army" with a place of its own told is a level there."""
    text = "Officials spoke on Monday. Belgium keeps 300 troops in Lithuania, and its army has about 200 soldiers in Romania."
    assert ("Belgium", "Romania", 200) in _levels(ex, text)
