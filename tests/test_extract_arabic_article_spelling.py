"""World list: a region place spelt with the Arabic article in some of its names is known with the article
before every other spelling too ("Al-X" where the list holds "Al Xah" and "Xa")."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _placed(ex: Extractor, text: str) -> list[tuple[str | None, float | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 5))
    return [(i.location, i.lat) for i in facts.incidents]


def test_article_before_a_spelling_listed_without_it(ex):
    text = "Paramilitary fighters raided Al-Hilaliya in central Sudan on Monday, killing 11 farmers, medics said."
    assert _placed(ex, text) == [("Al-Hilaliya", 14.9398)]


def test_spelling_listed_without_the_article_keeps_its_reading(ex):
    """Control: the spelling the list holds, told without the article, reads as before."""
    text = "Paramilitary fighters raided Hilaliya in central Sudan on Monday, killing 11 farmers, medics said."
    assert _placed(ex, text) == [("Hilaliya", 14.9398)]
