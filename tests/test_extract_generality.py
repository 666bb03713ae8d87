"""General language rules checked on short sentences of our own, in varied wording."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor, infer_published


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def test_dateline_with_two_cities():
    """A dateline naming two cities split by a slash still gives the date."""
    text = "NAIROBI / LONDON, 3 March 2025 — Gunmen attacked a village in the north, officials said."
    assert infer_published(text) == date(2025, 3, 3)


def test_weekday_with_bracketed_month_day():
    """'on Tuesday (Dec 2)' anchors the date, the year taken from the years in the text."""
    text = "Two soldiers were killed on Tuesday (Dec 2) in a roadside blast. Attacks rose in 2025."
    assert infer_published(text) == date(2025, 12, 2)


def test_weekday_month_day_without_any_year():
    """Without any year, the weekday picks the latest fitting year not after today."""
    got = infer_published("A mortar hit the base on Friday, March 7, police said.")
    assert got is not None and got.weekday() == 4 and (got.month, got.day) == (3, 7)
    assert got <= date.today()
