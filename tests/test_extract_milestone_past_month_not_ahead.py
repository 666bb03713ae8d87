"""A yearless month after a step told done in the simple past ("left ... in October") is a month gone by,
never a plan ahead, even when that month comes a few weeks after the report."""

import datetime

import pytest

PUBLISHED = datetime.date(2025, 8, 28)


@pytest.mark.parametrize(
    "text",
    [
        "A company of sappers left the northern garrison in October.",
        "Two battalions withdrew from the border district in November.",
        "The last armoured convoy pulled out of the river base in early October, officials said.",
        "Marines withdrew from the port town on October 3.",
    ],
)
def test_past_step_is_not_a_plan_ahead(ex, text):
    assert not [m for m in ex.extract(text, id="t", published=PUBLISHED).milestones if not m.done and m.due >= "2025-09"]


def test_future_step_stays_a_plan_ahead(ex):
    facts = ex.extract("The sappers will leave the northern garrison in October.", id="t", published=PUBLISHED)
    assert [(m.due, m.done) for m in facts.milestones] == [("2025-10", False)]
