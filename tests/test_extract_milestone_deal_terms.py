"""A deal's text that "calls for" a step binds its parties: its due date is a milestone, where a party's
own call on others stays a wish and no milestone."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 3, 10)


def _due(ex: Extractor, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The pact calls for the withdrawal of every foreign soldier from the island within 18 months.", "2026-09-10"),
        ("The roadmap also calls for the militia to hand its heavy guns to the army by the end of June.", "2025-06-30"),
    ],
)
def test_a_deal_that_calls_for_a_step_sets_its_due_date(ex, text, due):
    """The deal's own term ("the pact calls for ... within 18 months") is due then."""
    assert _due(ex, text) == [due]


@pytest.mark.parametrize(
    "text",
    [
        "The preacher called for every foreign soldier to leave the island by the end of 2025.",
        "Opposition deputies called for the brigade to withdraw by June, a day after the pact was signed.",
    ],
)
def test_a_party_that_calls_for_a_step_voices_a_wish(ex, text):
    """A person or a party calling on others to leave by a date binds no one."""
    assert _due(ex, text) == []
