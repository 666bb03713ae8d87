"""Places: a place told as the owner of the place right after it ("the province's X countryside") is where
that place lies, not a scene of its own that the first-among-equals rule would take."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _placed(ex: Extractor, text: str) -> list[tuple[str, str | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 5))
    return [(i.type, i.location) for i in facts.incidents]


def test_owned_place_of_the_same_rank_is_the_scene(ex):
    text = "A landmine blew up a fuel truck in Deir ez-Zor's Mayadin countryside on Monday, killing its driver, a monitor said."
    assert _placed(ex, text) == [("explosion", "Mayadin countryside")]


def test_owner_before_a_thing_that_is_no_place_stays_the_scene(ex):
    """Control: an owner told before a building, no place of the gazetteer, is still the scene."""
    text = "A landmine blew up a fuel truck near Deir ez-Zor's main bakery on Monday, killing its driver, a monitor said."
    assert _placed(ex, text) == [("explosion", "Deir ez-Zor")]
