"""A week or month named first and a day told later in the same clause: the day is the event's own ("this
week's ambush ..., in which 12 soldiers were killed on Tuesday"); a weekday after a whole past week is that
week's. A day told with the saying, or a tally "since" a day, keeps the span."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2025, 3, 14)  # a Friday


def dated(ex, text: str) -> list[tuple[str, str]]:
    facts = ex.extract(text, id="x", published=PUBLISHED)
    return [(str(i.date), i.location) for i in facts.incidents]


def test_a_day_inside_this_week_dates_the_event(ex):
    text = "Officials met before this week's ambush near Gao, in which 12 soldiers were killed on Tuesday."
    assert dated(ex, text) == [("2025-03-11", "Gao")]


def test_a_weekday_after_last_week_is_that_weeks(ex):
    text = "Last week's attack on a base near Menaka, in which nine soldiers died on Thursday, was the deadliest this year."
    assert dated(ex, text) == [("2025-03-06", "Menaka")]


def test_the_week_alone_stays_a_week(ex):
    assert dated(ex, "This week's ambush near Gao killed 12 soldiers.") == [("2025-03-10/2025-03-14", "Gao")]


def test_a_day_of_saying_leaves_the_week(ex):
    text = "Militants attacked an army post near Djibo last week, killing 15 soldiers, the army said on Thursday."
    assert dated(ex, text) == [("2025-03-03/2025-03-09", "Djibo")]
