"""A step told done only "earlier this year" (a stretch of months gone by) has no due the text fixes: it is left
out (GUIDE: an unresolvable date leaves the milestone out), not dated by the report its range ends on. A step
done "earlier this month" (a stretch just gone by) is still dated by the report."""

from __future__ import annotations

from datetime import date

import pytest


def _dues(ex, text):
    return [m.due for m in ex.extract(text, id="x", published=date(2024, 12, 2)).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "Earlier this year, Kyiv and Moscow agreed to a partial ceasefire.",
        "Earlier this year, the Spanish contingent completed its withdrawal from the airbase.",
    ],
)
def test_a_step_done_months_ago_has_no_due(ex, text):
    assert _dues(ex, text) == []


def test_a_step_done_earlier_this_month_is_dated_by_the_report(ex):
    assert _dues(ex, "Earlier this month, the Spanish contingent completed its withdrawal from the airbase.") == ["2024-12-02"]
