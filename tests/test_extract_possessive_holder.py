"""Candidates: a spot no gazetteer knows, told with a town as its owner right before it ("the town's X
district"), lies in that town, not in a place an earlier clause of the sentence named."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _incidents(ex: Extractor, text: str) -> list[tuple[str, str | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 5))
    return [(i.type, i.location) for i in facts.incidents]


def test_owner_told_before_the_spot_holds_it(ex):
    text = (
        "Armoured units pushed into the Qasr al-Bahr quarter in eastern Khan Younis on Monday, witnesses said, "
        "while air strikes flattened homes in Gaza City's Bir al-Nakhl district."
    )
    assert _incidents(ex, text) == [("air_strike", "Bir al-Nakhl district, Gaza City")]


def test_spot_with_no_owner_still_lies_in_the_opening_place(ex):
    """Control: told with no owner, the spot lies in the place the sentence opened with."""
    text = "In Khan Younis, air strikes flattened homes near the Bir al-Nakhl market on Monday, witnesses said."
    assert _incidents(ex, text) == [("air_strike", "Bir al-Nakhl, Khan Younis")]
