"""A city of the wars is found under any of its world-list spellings, not the first sixteen only."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _scenes(ex: Extractor, text: str) -> list[tuple[str | None, str | None, float | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 5, 12))
    return [(i.location, i.country, i.lat) for i in facts.incidents]


def test_a_city_written_under_its_older_russian_made_name_has_its_point(ex):
    """ "Dnepr" is Dnipro: the scene keeps the name as written and gets the city's point."""
    text = "A missile struck a warehouse in Dnepr on Monday, killing two workers, officials said."
    [(name, country, lat)] = _scenes(ex, text)
    assert (name, country) == ("Dnepr", "Ukraine")
    assert lat is not None and 48.0 < lat < 49.0


def test_the_citys_current_name_keeps_its_point(ex):
    """Near miss: the name the list files the city under still has its point."""
    text = "A missile struck a warehouse in Dnipro on Monday, killing two workers, officials said."
    [(name, country, lat)] = _scenes(ex, text)
    assert (name, country) == ("Dnipro", "Ukraine")
    assert lat is not None and 48.0 < lat < 49.0
