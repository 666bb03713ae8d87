"""A plan whose day is only counted from a stretch ('would end within a year') and a plan alike whose day is
told written out within a week of it ('the first phase runs until the end of September 2025') are one
deadline: the told day is kept. Two plans with days both written out stay two."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2024, 9, 28)


def _dues(ex: Extractor, text: str) -> list[str]:
    return sorted(m.due for m in ex.extract(text, id="x", published=PUB).milestones)


def test_a_counted_day_and_a_told_day_near_it_are_one_deadline(ex):
    text = (
        "The two governments confirmed on Friday that the training mission would end within a year. "
        "Under the plan, the mission's first phase runs until the end of September 2025."
    )
    assert _dues(ex, text) == ["2025-09-30"]


def test_two_days_told_written_out_stay_two(ex):
    text = (
        "The first 200 trainers will leave the airbase on September 24, 2025, the ministry said. "
        "The mission's first phase runs until the end of September 2025."
    )
    assert _dues(ex, text) == ["2025-09-24", "2025-09-30"]
