"""A capital named as the owner of a state's ministry or spokesman ("Ankara's defence ministry said") is the
government speaking, not the scene; a city's own mayor keeps the city as the scene."""

from datetime import date


def _places(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 3))
    return [(i.location, i.country) for i in facts.incidents]


def test_capitals_ministry_is_no_scene(ex):
    text = "Turkish warplanes struck PKK hideouts in northern Iraq on Monday, Ankara's defence ministry said."
    assert _places(ex, text) == [("Iraq", "Iraq")]


def test_capitals_spokesman_reworded(ex):
    text = "Turkish jets bombed militant shelters in the Qandil mountains on Sunday, Ankara's spokesman said."
    assert _places(ex, text) == [("Qandil mountains", "Iraq")]


def test_citys_mayor_keeps_the_city(ex):
    text = "A car bomb exploded on Monday, killing two, Mogadishu's mayor said."
    assert _places(ex, text) == [("Mogadishu", "Somalia")]
