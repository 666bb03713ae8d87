"""A plan's label ends with its step, not with the bound's word left where a date of its own words begins
("will pull out of the town by | early next year")."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2024, 8, 20)


def _read(ex: Extractor, text: str) -> list[tuple[str, str]]:
    return [(m.due, m.what) for m in ex.extract(text, id="x", published=PUB).milestones]


def test_the_bound_word_before_a_part_of_a_year_is_left_out_of_the_label(ex):
    """ "by early next year": the label is the step alone."""
    text = "The marines will pull out of the port by early next year, the ministry said."
    assert _read(ex, text) == [("2025", "The marines will pull out of the port")]


def test_a_label_that_ends_in_a_place_keeps_it(ex):
    """A plain "by the end of 2025" leaves nothing to trim."""
    text = "The marines will pull out of the port by the end of 2025, the ministry said."
    assert _read(ex, text) == [("2025-12", "The marines will pull out of the port")]
