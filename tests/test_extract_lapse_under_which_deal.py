"""A stretch in a clause hung on a deal by "under which" counts from that deal, not from a day the
sentence tells before it; counted from a deal told only by its month, a stretch of days has no day
(GUIDE.md: left out)."""

from datetime import date


def _dues(ex, text):
    return [(m.due, m.done) for m in ex.extract(text, id="x", published=date(2025, 6, 2)).milestones]


def test_days_from_a_month_deal_give_no_due(ex):
    text = (
        "BEIRUT, June 2 (Wire) - Israeli troops remained at five hilltop positions in southern Lebanon on Monday, "
        "months after a ceasefire that took effect in November, under which Israel was to withdraw within 60 days."
    )
    assert _dues(ex, text) == []


def test_days_from_a_dated_deal(ex):
    text = (
        "Israeli forces still held five hills in south Lebanon on Monday, half a year after a truce that took "
        "effect on November 27, under which they were to withdraw within 60 days."
    )
    assert _dues(ex, text) == [("2025-01-26", False)]


def test_stretch_without_deal_counts_from_day_told(ex):
    # near miss: no deal hangs the clause, so the day told before the stretch sets it off
    text = "The army said on Monday, June 2, that its troops would withdraw from the border villages within 60 days."
    assert ("2025-08-01", False) in _dues(ex, text)
