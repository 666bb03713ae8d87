"""A yearless day in a story of a past year: told "of that year" after a year ("in 2014. On June 10 of that
year"), or in a month its sentence or the one before told with its year ("in October 2024. On October
19"), it lies in that year, not the report's. A day the report's own month could hold, or a plan's day
ahead, keeps the report's year."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2025, 3, 14)


def dated(ex, text: str, published: date = PUBLISHED) -> list[tuple[str, str]]:
    facts = ex.extract(text, id="x", published=published)
    return [(str(i.date), i.location) for i in facts.incidents]


def test_of_that_year_takes_the_year_told_before(ex):
    text = "The war began in earnest in 2014. On June 10 of that year, militants overran Mosul."
    assert dated(ex, text) == [("2014-06-10", "Mosul")]


def test_a_month_told_with_its_year_lends_it(ex):
    text = (
        "Israel sent ground troops into Lebanon in October 2024, weeks after its air campaign began. "
        "On October 19, an Israeli drone struck a car near Tyre, killing two men."
    )
    assert dated(ex, text) == [("2024-10-19", "Tyre")]


def test_a_recent_day_stays_the_reports(ex):
    text = "Israel launched a ground offensive in March 2024. On March 9, drones struck a car near Tyre, killing two men."
    assert dated(ex, text) == [("2025-03-09", "Tyre")]


def test_a_day_of_another_month_stays_the_reports(ex):
    text = "The truce agreed in November 2024 has largely held. On January 3, fighters attacked an army post near Khiam."
    assert dated(ex, text) == [("2025-01-03", "Khiam")]
