"""A tally in a sentence opened by a recent start ("Since last week,", "Since Friday,", "Since the start of
the month,") is one aggregate from that start to the report (GUIDE: "since Friday" runs to the report
date), not a pattern of events, as it is when the start is told after the tally. A start years back keeps
the tally a campaign's, no incident."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def dated(ex, text: str) -> list[tuple[str, str]]:
    return [(str(i.date), i.location) for i in ex.extract(text, id="x", published=PUBLISHED).incidents]


def test_since_last_week_fronted_is_one_aggregate(ex):
    text = "Since last week, the rebels have fired more than 30 rockets at Kherson."
    assert dated(ex, text) == [("2025-03-03/2025-03-12", "Kherson")]


def test_since_the_start_of_the_month_fronted_is_one_aggregate(ex):
    text = "Officials urged people to stay indoors. Since the start of the month, troops have shelled Nikopol more than 200 times, killing nine."
    assert dated(ex, text) == [("2025-03-01/2025-03-12", "Nikopol")]


def test_a_start_years_back_keeps_a_campaign(ex):
    assert dated(ex, "Since 2023, the rebels have fired more than 300 rockets at Kherson.") == []
