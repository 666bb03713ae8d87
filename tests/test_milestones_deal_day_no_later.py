"""A deal's numbered day told as the latest bound ("no later than the 16th day of the first phase") is
due that many days from the deal's first day, as "by day 22" is; a numbered day of anything but a deal
counts from nothing."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2024, 6, 12)


def _dues(ex: Extractor, text: str) -> list[tuple[str, bool]]:
    return sorted((m.due, m.done) for m in ex.extract(text, id="x", published=PUB).milestones)


def test_no_later_than_a_numbered_day_counts_from_the_truce(ex):
    text = (
        "A truce between the two militias took effect on Saturday, June 8, after weeks of clashes. "
        "Talks on a lasting settlement are to open no later than the tenth day of the truce, the envoy said."
    )
    assert ("2024-06-17", False) in _dues(ex, text)


def test_by_a_numbered_day_still_counts(ex):
    text = (
        "A truce between the two militias took effect on Saturday, June 8, after weeks of clashes. "
        "The fighters are to leave the hill by the tenth day of the truce, the envoy said."
    )
    assert ("2024-06-17", False) in _dues(ex, text)


def test_no_later_than_a_numbered_day_of_no_deal_gives_nothing(ex):
    text = "The rally is to open no later than the tenth day of the month, the organisers said."
    assert _dues(ex, text) == []
