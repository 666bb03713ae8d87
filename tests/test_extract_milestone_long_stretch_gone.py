"""A step told only by a stretch gone by that is longer than a month ("earlier this year") is
background: it has no day of its own, and the report does not confirm it (GUIDE.md dates a done
step by the report that confirms it). A stretch of a month or less ("earlier this month") still
dates a step done by the report."""

from datetime import date

import pytest

DAY = date(2025, 6, 3)


def _read(ex, text: str) -> list[tuple[str, bool]]:
    return [(m.due, m.done) for m in ex.extract(text, id="t", published=DAY).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "Earlier this year, the two governments agreed to a partial ceasefire along the river.",
        "Earlier this year, the last Dutch troops left the airbase near the border, the ministry said.",
    ],
)
def test_a_step_told_by_months_gone_by_is_background(ex, text):
    assert _read(ex, text) == []


def test_a_step_told_earlier_this_month_is_done_by_the_report(ex):
    text = "Earlier this month, the last Dutch troops left the airbase near the border, the ministry said."
    assert _read(ex, text) == [("2025-06-03", True)]
