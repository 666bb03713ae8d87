"""A dateline's year before a toll told after an opening time ("18 October 2030 - This morning, two were hurt")
is no group of people listed with the toll: the dash is no word."""

from __future__ import annotations

from datetime import date


def _injured(ex, text):
    facts = ex.extract(text, id="x", published=date(2030, 10, 18))
    return [i.casualties.injured for i in facts.incidents]


def test_a_dateline_year_is_not_added_to_the_wounded(ex):
    text = "ZORVA, 18 October 2030 - This morning, two guards were injured in a blast at a depot in Zorva."
    assert _injured(ex, text) == [2]


def test_a_dateline_year_is_not_added_to_groups_listed(ex):
    text = "ZORVA, 18 October 2030 - Two soldiers and three civilians were injured in a blast in Zorva on Friday."
    assert _injured(ex, text) == [5]


def test_groups_listed_before_the_toll_still_add_up(ex):
    # (control) two groups told before the verb are summed
    text = "Two soldiers and three civilians were injured in a blast in Zorva on Friday."
    assert _injured(ex, text) == [5]
