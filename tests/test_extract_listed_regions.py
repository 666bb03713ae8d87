"""Names listed before one plural kind word ("the A, B and C regions") are each a province, not a city."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor
from reporter.extract.document import Document
from reporter.extract.places import places_in


def _scenes(ex: Extractor, text: str) -> list[tuple[str | None, str | None, float | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 5, 12))
    return [(i.location, i.country, i.lat) for i in facts.incidents]


def test_a_list_of_regions_is_placed_at_its_first_region_not_a_city_with_the_list_in_its_name(ex):
    """The first of three provinces is the scene, told by its own name alone."""
    text = "The air force said on Monday that 31 drones were shot down over the Sumy, Poltava and Kharkiv regions."
    doc = Document.read(text, None, ex.lexicon)
    assert [(p.name, p.rank) for p in places_in(doc, 0, len(text))] == [
        ("Sumy", 3),
        ("Poltava", 3),
        ("Kharkiv", 3),
    ]
    assert [s[:2] for s in _scenes(ex, text)] == [("Sumy", "Ukraine")]


def test_two_provinces_sharing_a_plural_kind_word_are_both_provinces(ex):
    """ "the A and B provinces": the last name before the shared kind word is a province too."""
    text = "Drones struck oil sites in the Dohuk and Sulaymaniyah provinces on Monday, officials said."
    doc = Document.read(text, None, ex.lexicon)
    assert [(p.name, p.rank) for p in places_in(doc, 0, len(text))] == [("Dohuk", 3), ("Sulaymaniyah", 3)]


def test_a_list_of_towns_with_no_kind_word_keeps_its_towns(ex):
    """Near miss: towns listed with no plural kind word after them stay towns."""
    text = "The air force said on Monday that 31 drones were shot down over Sumy, Poltava and Kharkiv."
    doc = Document.read(text, None, ex.lexicon)
    ranks = {p.name: p.rank for p in places_in(doc, 0, len(text))}
    assert ranks["Sumy"] > 3
