"""An event told as apart from the one before ("Separately,", "Elsewhere,", "In a separate incident") borrows
neither that event's day nor its place: with no day of its own it is dated as any undated event of the report
is (GUIDE: the publication day rules)."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 11, 14)  # a Friday


def _dated(ex, text):
    return [(i.type, i.location, i.date) for i in ex.extract(text, id="t", published=PUB).incidents]


def _undated_day(ex, text):
    """The day the extractor gives an event told with no day at all, alone in a report."""
    return _dated(ex, text)[0][2]


@pytest.mark.parametrize("opener", ["Separately,", "Elsewhere,", "In a separate incident,"])
def test_separate_event_keeps_no_borrowed_day(ex, opener):
    alone = _undated_day(ex, "Gunmen killed four guards near Bossaso, officials said.")
    text = (
        "Troops shot down a drone over Hodeidah province on Tuesday. "
        f"{opener} gunmen killed four guards near Bossaso, officials said."
    )
    read = _dated(ex, text)
    assert read[0][2] == "2025-11-11"
    assert read[1][1] == "Bossaso" and read[1][2] == alone != "2025-11-11"


def test_own_day_of_a_separate_event_stays(ex):
    """Control: a separate event that tells its own day keeps it."""
    text = (
        "Troops shot down a drone over Hodeidah province on Tuesday. "
        "Separately, gunmen killed four guards near Bossaso on Wednesday, officials said."
    )
    assert [d for _, _, d in _dated(ex, text)] == ["2025-11-11", "2025-11-12"]


def test_told_on_event_still_borrows_the_day(ex):
    """Control: an undated event told right after another, with no word setting it apart, is of the same day."""
    text = (
        "Troops shot down a drone over Hodeidah province on Tuesday. "
        "Later, gunmen killed four guards near Bossaso, officials said."
    )
    assert [d for _, _, d in _dated(ex, text)] == ["2025-11-11", "2025-11-11"]
