"""A deadline told as a bound a party holds: "has until March 28 to pull its police out" is due that day,
"had until January 20" the day gone by (this year's, not next); police pulled out are a force's step, as
troops withdrawn are. Controls: a bound held for no step of a force, and money pulled out."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 3, 14)  # a Friday


def _dues(ex: Extractor, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Belgrade has until April 2 to pull its police out of the three northern towns, an EU official said.", "2025-04-02"),
        ("The fighters holding the market now have until midnight on Sunday to leave the district.", "2025-03-16"),
        ("Under the order, the contingent has until May 31 to withdraw from the border posts.", "2025-05-31"),
    ],
)
def test_a_party_that_has_until_a_date_holds_a_deadline(ex, text, due):
    assert _dues(ex, text) == [due]


def test_a_bound_had_in_the_past_is_the_deadline_gone_by(ex):
    """'had until January 20' is this year's January gone by, not next year's."""
    text = "The brigade had until January 20 to vacate the airfield, but some units are still there, locals said."
    assert _dues(ex, text) == ["2025-01-20"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister has until Friday to answer the committee's letter.",  # no step of a force
        "The firm will pull its money out of the venture by June, its owner said.",  # no police, no force
    ],
)
def test_controls_give_nothing(ex, text):
    assert _dues(ex, text) == []
