"""An event placed only in a region of several countries ("across the Middle East"), told with no toll or
count, is vague background, no incident; one with a toll, or placed in a country, stays."""

from datetime import date


def _places(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 5, 9))
    return [(i.type, i.location) for i in facts.incidents]


def test_clashes_across_world_regions_are_background(ex):
    text = "Clashes erupted in East Africa and the Horn of Africa on Tuesday, analysts said."
    assert _places(ex, text) == []


def test_clashes_in_a_country_stay(ex):
    # control: the same sentence placed in a country is an event
    text = "Clashes erupted in Somalia on Tuesday, analysts said."
    assert _places(ex, text) == [("armed_clash", "Somalia")]


def test_a_toll_in_a_world_region_stays(ex):
    text = "Clashes erupted in the Middle East on Tuesday, killing 12 people, officials said."
    assert _places(ex, text) == [("armed_clash", "Middle East")]
