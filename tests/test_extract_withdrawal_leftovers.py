"""Withdrawal milestones probed by construction (GUIDE.md, Milestones): self-written sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _dues(ex, text):
    return [m.due for m in ex.extract(text, id="t", published=date(2025, 3, 10)).milestones]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # an order given in the past: its yearless deadline is the nearest such day, here just gone by
        ("The junta ordered the French troops to leave by January 31.", "2025-01-31"),
        ("The council ordered the foreign troops to withdraw from the country by February 20.", "2025-02-20"),
        # ... or still ahead
        ("The junta ordered the French troops to leave the country by April 30.", "2025-04-30"),
    ],
)
def test_a_deadline_of_an_order_given_in_the_past_lies_nearest_the_report(ex, text, due):
    assert _dues(ex, text) == [due]


@pytest.mark.parametrize(
    "text",
    [
        # an order still to come, or a plan told ahead, keeps its deadline ahead of the report
        "The junta will order the French troops to leave by January 31.",
        "The junta told reporters that the French troops would leave by January 31.",
        "The government says the French troops will leave by January 31.",
    ],
)
def test_a_deadline_told_ahead_stays_ahead(ex, text):
    assert _dues(ex, text) == ["2026-01-31"]
