"""Incidents: a spot no gazetteer knows, told in "the X area" of a town the gazetteer knows, is drawn at that
town's point, as a spot told within the town is."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _placed(ex: Extractor, text: str) -> list[tuple[str | None, str | None, float | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 5))
    return [(i.location, i.country, i.lat) for i in facts.incidents]


def test_spot_in_a_towns_area_takes_the_towns_point(ex):
    text = "Gunmen killed nine herders in the village of Dinkiri, in the Tera area of western Niger, on Friday, officials said."
    assert _placed(ex, text) == [("Dinkiri, Tera area", "Niger", 14.00776)]


def test_spot_in_an_unknown_area_has_no_point(ex):
    """Control: an area named after no town the gazetteer knows lends no point."""
    text = "Gunmen killed nine herders in the village of Dinkiri, in the Dolbel Sana area of western Niger, on Friday, officials said."
    assert [lat for _, _, lat in _placed(ex, text)] == [None]
