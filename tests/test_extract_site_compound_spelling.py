"""Lexicon: a site's noun written as one word or as two ("oilfield" and "oil field") names the same listed site, with its point."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _placed(ex: Extractor, text: str) -> list[tuple[str | None, float | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 5))
    return [(i.location, i.lat) for i in facts.incidents]


def test_field_written_as_one_word_is_the_listed_field(ex):
    text = "A drone attacked the Omar oilfield in eastern Syria on Monday, causing no casualties, officials said."
    assert _placed(ex, text) == [("Omar oilfield", 35.05)]


def test_field_written_as_two_words_keeps_its_reading(ex):
    """Control: the spelling the list gives reads as before."""
    text = "A drone attacked the Omar oil field in eastern Syria on Monday, causing no casualties, officials said."
    assert _placed(ex, text) == [("Omar oil field", 35.05)]

