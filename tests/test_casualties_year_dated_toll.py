"""A toll verb after a year in the same clause tells the toll of the event that year dates ("the 2019 attack by X
killed 40"); a year in a clause of its own ("a blast in 2019 that killed 300") still gives this event no toll.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

from reporter.extract import casualties

DAY = date(2025, 6, 3)


def _killed(text):
    return [k for _, k, _ in casualties.find(text, 0, len(text)) if k is not None]


def test_toll_of_an_event_dated_by_its_year(ex):
    text = "The October 7, 2023 attack by Hamas killed about 1,200 people in southern Israel."
    assert [i.casualties.killed for i in ex.extract(text, id="t", published=DAY).incidents] == [1200]


def test_reworded_toll_after_a_dated_blast():
    assert _killed("A car bomb on March 3, 2021 killed 17 people at the market.") == [17]


def test_year_in_a_relative_clause_gives_no_toll():
    # near miss: the year's toll told in a clause of another event
    assert _killed("It was the worst since a blast in 2019 that killed 300.") == []
