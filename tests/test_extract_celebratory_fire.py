"""Gunfire in celebration ("wounded by celebratory gunfire as fans marked a win") is no fight: its word
tells no event, while gunfire of gunmen in the same words stays a clash."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 3, 8)


def _types(ex: Extractor, text: str) -> list[str]:
    return [i.type for i in ex.extract("BASRA (Wire) - " + text, id="x", published=PUB).incidents]


def test_celebratory_gunfire_tells_no_event(ex):
    assert _types(ex, "Two boys were hurt by celebratory gunfire in Basra on Friday as crowds cheered an election result, police said.") == []


def test_gunfire_of_gunmen_is_still_a_clash(ex):
    """Near miss: the same harm by gunfire told of gunmen."""
    assert _types(ex, "Two boys were hurt by gunfire in Basra on Friday as gunmen attacked a shop, police said.") == ["armed_clash"]
