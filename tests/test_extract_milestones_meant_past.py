"""Milestones: a plan told as one that did not go as meant ("was meant to", "were supposed to", "had been
due to") bounds a step by a day gone by, the latest before the report, unless one comes within weeks."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

TOLD = date(2027, 10, 14)


def _dues(ex: Extractor, text: str, published: date = TOLD) -> list[str]:
    return sorted(m.due for m in ex.extract(text, id="t", published=published).milestones)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The brigade was meant to quit the hill posts by March 9, a spokesman said.", "2027-03-09"),
        ("The rebels were supposed to hand back the airfield by March 9.", "2027-03-09"),
        ("The peacekeepers had been due to leave the district by the end of March.", "2027-03-31"),
        ("The militia was meant to withdraw from the town by March.", "2027-03"),
    ],
)
def test_a_plan_that_did_not_go_as_meant_is_dated_back(ex, text, due):
    """Told in October, a March the plan was meant for is the March gone by, not the next one."""
    assert _dues(ex, text) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # near misses: told in the present, or as a plan that stood ("were due to"), the day keeps its old reading
        ("The brigade is meant to quit the hill posts by March 9, a spokesman said.", "2028-03-09"),
        ("The brigade was due to quit the hill posts by March 9, a spokesman said.", "2028-03-09"),
        # a day a few weeks ahead is a plan just dropped, not one a year gone
        ("The brigade was supposed to quit the hill posts by November 2, a spokesman said.", "2027-11-02"),
        # a plan the sentence tells changed was dropped before its day, which may still lie ahead
        ("The brigade was meant to quit the hill posts by March 9, but will now stay until May.", "2028-03-09"),
        ("The brigade was meant to quit the hill posts by March 9, but the date was postponed to May.", "2028-03-09"),
    ],
)
def test_a_plan_told_otherwise_keeps_its_year(ex, text, due):
    dues = _dues(ex, text)
    assert due in dues and not any(d.startswith("2027-03") for d in dues)
