"""A yearless day a few days past a page's stamp, told of the past ("attacked ... on December 3" on a page
stamped November 30), is a later update's news: the event keeps that day. A day the text looks ahead to
("until", "expected to") bounds a plan and never dates the event."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 11, 30)


def dated(ex, text: str) -> list[tuple[str, str]]:
    facts = ex.extract(text, id="x", published=PUBLISHED)
    return [(str(i.date), i.location) for i in facts.incidents]


def test_a_past_day_just_after_the_stamp_dates_the_event(ex):
    text = "Fighters attacked the garrison in Kidal on December 3, killing two soldiers."
    assert dated(ex, text) == [("2024-12-03", "Kidal")]


def test_a_day_ahead_bounding_a_plan_dates_nothing(ex):
    text = "The curfew stays in force until December 3 after the attack on the garrison in Kidal that killed two soldiers."
    assert dated(ex, text) == [("2024-11-29/2024-11-30", "Kidal")]
    text = "Talks are expected to resume on December 3 after fighters attacked the garrison in Kidal, killing two soldiers."
    assert dated(ex, text) == [("2024-11-29/2024-11-30", "Kidal")]


def test_a_day_weeks_ahead_is_last_years(ex):
    text = "Fighters attacked the garrison in Kidal on December 20, killing two soldiers."
    assert dated(ex, text) == [("2023-12-20", "Kidal")]
