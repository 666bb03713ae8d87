"""Places: a town told as lying in a listed region takes that region's country where the world list files
the town under another, keeping the town's own point."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _placed(ex: Extractor, text: str) -> list[tuple[str | None, str | None, float | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 5))
    return [(i.location, i.country, i.lat) for i in facts.incidents]


def test_town_in_a_region_takes_the_regions_country(ex):
    text = "A man stabbed two guards near Ariel in the West Bank on Monday before he was shot, police said."
    assert _placed(ex, text) == [("Ariel", "Palestine", 32.1065)]


def test_town_told_with_no_region_keeps_its_listed_country(ex):
    """Control: with no region told after it, the world list's country stands."""
    text = "A man stabbed two guards near Ariel on Monday before he was shot, police said."
    assert _placed(ex, text) == [("Ariel", "Israel", 32.1065)]
