"""A week's deeds told by their means "over the past week" (drones launched, rockets fired, strikes that killed)
are one aggregate dated from the week's first day to the report (GUIDE: aggregates run from the stated start to the report date), as a tally
"since Monday" is. A week's tally told by its toll alone, its means untold, stays a pattern (no incident), and
"over the past weekend" and "in recent weeks" keep their readings."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2025, 3, 9)  # a Sunday


def read(ex, text: str) -> list[tuple[str, str, str, int | None]]:
    facts = ex.extract(text, id="x", published=PUBLISHED)
    return [(str(i.date), i.type, i.location, i.count) for i in facts.incidents]


def test_drones_launched_over_the_past_week_are_one_aggregate(ex):
    text = "KYIV (Wire) - Russia launched more than 1,100 drones at Ukraine over the past week, President Volodymyr Zelensky said on Sunday."
    assert read(ex, text) == [("2025-03-03/2025-03-09", "drone_attack", "Ukraine", 1100)]


def test_the_perfect_and_in_the_past_week_too(ex):
    text = "The rebels have fired more than 40 rockets at Kherson in the past week, the regional governor said."
    assert read(ex, text) == [("2025-03-03/2025-03-09", "rocket_attack", "Kherson", 40)]


def test_a_fronted_past_week_salvo(ex):
    text = "Over the past week, the militia fired about 120 rockets at northern Israel, the army said on Saturday."
    assert read(ex, text) == [("2025-03-03/2025-03-09", "rocket_attack", "northern Israel", 120)]


def test_a_weeks_toll_told_with_its_means(ex):
    text = "Israeli strikes killed more than 60 people in Gaza over the past week, the health ministry said on Sunday."
    assert read(ex, text) == [("2025-03-03/2025-03-09", "air_strike", "Gaza", None)]


def test_a_weeks_toll_with_no_means_stays_a_pattern(ex):
    text = 'Turkey\'s defence ministry said on Sunday that its forces had "neutralised" 23 PKK militants in northern Iraq over the past week.'
    assert read(ex, text) == []


def test_recent_weeks_stay_a_pattern(ex):
    text = "Russia has launched hundreds of drones at Kyiv in recent weeks, officials said."
    assert read(ex, text) == []


def test_a_past_month_stays_a_pattern(ex):
    text = "The army said on Thursday that the militia had fired 300 rockets at northern Israel over the past month."
    assert read(ex, text) == []


def test_the_past_weekend_keeps_its_days(ex):
    text = "Russia launched 140 drones at Kharkiv over the past weekend, the governor said."
    assert read(ex, text) == [("2025-03-08/2025-03-09", "drone_attack", "Kharkiv", 140)]


def test_a_weeks_interceptions_and_seven_days(ex):
    text = "Ukrainian air defences shot down more than 900 Russian drones over the past seven days, the air force said."
    assert read(ex, text) == [("2025-03-03/2025-03-09", "interception", "Ukraine", 900)]


def test_over_the_last_week_is_the_past_week_not_the_calendar_one(ex):
    week = "The rebels fired 60 rockets at Kherson over the last week, the governor said."
    calendar = "The rebels fired 60 rockets at Kherson last week, the governor said."
    assert read(ex, week) == [("2025-03-03/2025-03-09", "rocket_attack", "Kherson", 60)]
    assert read(ex, calendar) == [("2025-02-24/2025-03-02", "rocket_attack", "Kherson", 60)]
