"""A holiday on a fixed day told as a deed's day ("on Christmas Eve", "on New Year's Eve") is that day, the last
one on or before the report, as a weekday is read; a plan for one is the coming one. A bound ("by Christmas")
is read as before."""

from __future__ import annotations

from datetime import date

import pytest


def dated(ex, text: str, published: date) -> list[str]:
    facts = ex.extract("The officials spoke on Sunday. " + text, id="x", published=published)
    return [str(i.date) for i in facts.incidents]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("On Christmas Eve, a drone struck near Erbil airport, causing no casualties.", date(2025, 12, 28), "2025-12-24"),
        ("Two rockets hit an army base near Hilltown on Christmas Day, an official said.", date(2025, 12, 28), "2025-12-25"),
        # the last one before the report is a year back
        ("A car bomb exploded in Hilltown on New Year's Eve, killing four people.", date(2025, 12, 28), "2024-12-31"),
        ("A car bomb exploded in Hilltown on New Year's Eve, killing four people.", date(2026, 1, 2), "2025-12-31"),
    ],
)
def test_a_fixed_holiday_is_its_day(ex, text, published, day):
    assert dated(ex, text, published) == [day]


def test_a_plan_for_a_holiday_is_the_coming_one(ex):
    facts = ex.extract(
        "The officials spoke on Sunday. The last foreign troops will leave the base at Hilltown on New Year's Day, the ministry said.",
        id="x",
        published=date(2025, 12, 28),
    )
    assert [m.due for m in facts.milestones] == ["2026-01-01"]


def test_a_weekday_beside_a_holiday_word_is_read_as_before(ex):
    # (no "on" before the holiday: "Christmas" names no day here)
    text = "Gunmen attacked a Christmas market in Hilltown on Saturday, killing four people."
    assert dated(ex, text, date(2025, 12, 28)) == ["2025-12-27"]
