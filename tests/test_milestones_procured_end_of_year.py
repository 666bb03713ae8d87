"""Arms delivered "by the end of 2026" are a contract's schedule, no step of a force: "the end of" is a
date's words, not a step that ends. A force that leaves by the end of a year stays a milestone."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 4, 3)


def _dues(ex: Extractor, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones]


def test_arms_delivered_by_the_end_of_a_year_and_the_rest_later_are_no_milestone(ex):
    text = "Under the deal, the first 60 interceptors will be delivered by the end of 2026 and the rest by 2028."
    assert _dues(ex, text) == []


def test_troops_leaving_by_the_end_of_a_year_stay_a_milestone(ex):
    text = "Under the accord, the first 400 troops will leave the base by the end of 2026 and the rest by 2028."
    assert "2028" in _dues(ex, text)
