""""Last summer" is the latest summer over before the report (GUIDE: a season is told by its year): in March,
the year before's; in October, this year's."""

from __future__ import annotations

from datetime import date


def _dates(ex, text, published):
    facts = ex.extract(text, id="x", published=published)
    return [i.date for i in facts.incidents]


TEXT = "Rockets hit the Taji base north of Baghdad last summer, killing two contractors."


def test_last_summer_in_spring_is_the_year_before(ex):
    assert _dates(ex, TEXT, date(2026, 3, 3)) == ["2025-01-01/2025-12-31"]


def test_last_summer_in_autumn_is_this_year(ex):
    assert _dates(ex, TEXT, date(2025, 10, 3)) == ["2025-01-01/2025-10-03"]  # (the year, up to the report)


def test_last_winter_is_of_the_year_it_began(ex):
    assert _dates(ex, TEXT.replace("summer", "winter"), date(2026, 3, 3)) == ["2025-01-01/2025-12-31"]


def test_next_summer_unchanged(ex):
    # (control) a season ahead, as before
    text = "Officials said the Taji base would be handed over next summer."
    facts = ex.extract(text, id="x", published=date(2026, 3, 3))
    assert [m.due for m in facts.milestones] == ["2027"]
