"""A four-word headline ("Twin blasts hit X") is English when it holds an English word and no foreign one; a
four-word line of another language, or shorter text, is not read."""

from datetime import date

from reporter.extract.text import is_english

DAY = date(2025, 3, 14)


def test_four_word_headline_gives_its_blast(ex):
    found = ex.extract("Two blasts hit Monguno", id="t", published=DAY).incidents
    assert [(i.type, i.location) for i in found] == [("explosion", "Monguno")]


def test_four_words_of_another_language_or_three_words_are_not_english():
    assert not is_english("Deux explosions frappent Monguno")
    assert not is_english("Dos explosiones sacuden Monguno")
    assert not is_english("Blasts hit Monguno")
    assert is_english("Two blasts hit Monguno")
