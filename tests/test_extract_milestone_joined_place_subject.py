"""Milestones: a done step whose subject names its place ("the withdrawal from the river posts was completed
in 2021, and from the hill camps in 2022") labels the second step by its own place in the first's stead, not
by both; a place joined after the verb's object keeps the old reading, and a dateline never opens the label."""

from __future__ import annotations

from datetime import date

TOLD = date(2024, 3, 1)


def _read(ex, text: str) -> list[tuple[str, str]]:
    return sorted((m.due, m.what) for m in ex.extract(text, id="t", published=TOLD).milestones)


def test_a_second_place_told_after_a_subject_that_names_one(ex):
    text = "The withdrawal from the river posts was completed in 2021, and from the hill camps in 2022."
    told = dict(_read(ex, text))
    assert told["2022"] == "The withdrawal from the hill camps was completed"


def test_the_same_under_a_dateline(ex):
    text = "LOWTOWN (Wire) - The withdrawal from the river posts was completed in 2021, and from the hill camps in 2022."
    told = dict(_read(ex, text))
    assert told["2022"] == "The withdrawal from the hill camps was completed"


def test_a_second_place_after_the_object_stays(ex):
    """Control: a place joined after the verb's object is that verb's second object."""
    text = "The brigade left the river base on February 2, and the hill camp on February 19."
    assert ("2024-02-19", "The brigade left the hill camp") in _read(ex, text)
