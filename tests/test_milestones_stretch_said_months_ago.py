"""A stretch promised in a saying of a month gone by ("In March the militia said it would quit the town
within 30 days", told in June) counts from a day the story does not give: no due date, not one counted
from the report. Said in the report's own month, it still counts from the report."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 6, 18)


def _dues(ex: Extractor, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones]


def test_a_stretch_said_in_a_month_gone_by_has_no_due_date(ex):
    text = "In March the militia commander said his fighters would quit the town within 30 days, but they remain there."
    assert "2025-07-18" not in _dues(ex, text)


def test_a_stretch_said_this_month_counts_from_the_report(ex):
    text = "The militia commander said his fighters would quit the town within 30 days."
    assert _dues(ex, text) == ["2025-07-18"]
