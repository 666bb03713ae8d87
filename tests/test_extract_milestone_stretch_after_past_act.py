"""A yearless day that closes a clause of time told in the past ("42 days after the truce took effect on
January 19") dates that act gone by, not a plan: a stage counted from it is due that many days after the
past day, not a year on."""

from datetime import date

import pytest

DAY = date(2025, 2, 10)


def _plans(ex, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="t", published=DAY).milestones if not m.done]


@pytest.mark.parametrize(
    "text",
    [
        "The second phase will open 42 days after the truce took effect on January 19.",
        "The next stage of the pullout is due to start six weeks after the ceasefire came into force on January 19.",
    ],
)
def test_a_stage_counted_from_a_past_act_is_due_after_it(ex, text):
    assert _plans(ex, text) == ["2025-03-02"]


def test_a_day_in_a_time_clause_told_ahead_stays_ahead(ex):
    """Near miss: the signing is still to come, its day the coming January's."""
    text = "The troops will leave the town after the accord is signed on January 19."
    assert _plans(ex, text) == ["2026-01-19"]
