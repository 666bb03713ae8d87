"""A stretch told given in the past is not counted from the report's day when its sentence dates it
otherwise: by a month or year gone by ('The accord of March 2024 gave both armies 90 days to pull back') or
by its end restated after it ('were given 90 days to leave the valley, a period later extended to <day>').
A stretch given on a weekday of the week, or on a day told before it, still counts from that day."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor


def _dues(ex: Extractor, text: str, published: date) -> list[str]:
    return sorted(m.due for m in ex.extract(text, id="x", published=published).milestones)


def test_a_stretch_given_by_a_deal_of_a_month_gone_by_is_not_counted_from_the_report(ex):
    text = "The accord of March 2024 gave both armies 90 days to pull their troops back from the valley."
    assert _dues(ex, text, date(2025, 10, 11)) == []


def test_a_stretch_whose_end_is_restated_keeps_only_that_end(ex):
    text = (
        "Under the spring accord, the border troops were given 90 days to leave the valley, "
        "a period later extended to June 30."
    )
    assert _dues(ex, text, date(2025, 6, 2)) == ["2025-06-30"]


def test_a_stretch_given_on_a_weekday_still_counts(ex):
    text = "The army on Monday gave the rebels 60 days to pull back from the valley."
    assert _dues(ex, text, date(2025, 10, 8)) == ["2025-12-05"]


def test_a_stretch_given_on_a_day_told_before_it_counts_from_that_day(ex):
    text = "On September 20, the army gave the rebels 60 days to pull back from the valley."
    assert _dues(ex, text, date(2025, 10, 8)) == ["2025-11-19"]
