"""A past year that frames its sentence dates the yearless day or month told after it: fronted ("In 2014,",
"During the 2020 war,") or dating the clause the day's own clause is joined to ("began its campaign in 2014,
and in August they attacked"). The event's date is then the day or month of that year, not of the year
before the report, nor the whole year. A year told in a clause of its own keeps nothing of the kind."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2025, 6, 15)


def dated(ex, text: str) -> list[str]:
    return [str(i.date) for i in ex.extract(text, id="x", published=PUBLISHED).incidents]


def test_a_fronted_war_year_dates_the_day(ex):
    text = "During the 2020 war, Azerbaijani forces shelled Armenian positions near Stepanakert on September 27, killing dozens."
    assert dated(ex, text) == ["2020-09-27"]


def test_a_fronted_year_dates_the_month(ex):
    assert dated(ex, "In 2016, militants stormed a hotel in Mogadishu in August, killing 12.") == ["2016-08-01/2016-08-31"]


def test_a_joined_clauses_year_dates_the_month(ex):
    text = "The insurgents began their campaign in 2014, and in August they stormed the town of Sinjar, killing dozens."
    assert dated(ex, text) == ["2014-08-01/2014-08-31"]


def test_a_year_in_a_clause_of_its_own_lends_nothing(ex):
    text = "The insurgents have fought since 2014, and on August 3 they stormed the town of Sinjar, killing dozens."
    assert dated(ex, text) == ["2024-08-03"]
    assert dated(ex, "Militants stormed a hotel in Mogadishu in August, killing 12.") == ["2024-08-01/2024-08-31"]
