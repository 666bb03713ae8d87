"""The learned milestone layer reads a stretch ("within 60 days") from the anchor the rules count it from (a
deal's day told in its sentence), never from the report's day: a step the rules folded into an earlier
sentence's same deadline must not come back a second time, due 60 days after the page."""

from __future__ import annotations

from datetime import date


def _dues(ex, text):
    return [m.due for m in ex.extract(text, id="t", published=date(2025, 1, 20)).milestones]


def test_stretch_after_a_deals_day_is_not_counted_from_the_page(ex):
    text = (
        "Ruritania will keep troops in the border villages beyond the January 26 deadline. "
        "Under the November 27 truce, Ruritanian forces were to withdraw within 60 days as the army deploys."
    )
    assert "2025-03-21" not in _dues(ex, text)
    assert "2025-01-26" in _dues(ex, text)


def test_stretch_with_no_anchor_still_counts_from_the_page(ex):
    """Control: a stretch told with no day to count from is due that long after the report."""
    text = "Ruritanian forces will withdraw from the border villages within 60 days, the defence minister said."
    assert _dues(ex, text) == ["2025-03-21"]
