"""A spot no gazetteer knows, told as a part of "the city" ("the X area on the western edge of the city"), lies in
the town the story named before, at its point; "the city" told only as a distance away does not hold it."""

from __future__ import annotations

from datetime import date


def _last(ex, text):
    return ex.extract(text, id="t", published=date(2025, 3, 14)).incidents[-1]


def test_a_spot_on_the_edge_of_the_city_is_in_the_town_named_before(ex):
    i = _last(
        ex,
        "Heavy fighting erupted in Kadugli on Friday, residents said.\n"
        "Mortar rounds landed in the Um Sirdiba area on the northern edge of the city on Saturday, killing three women.",
    )
    assert i.location == "Um Sirdiba area, Kadugli" and i.country == "Sudan"
    assert i.lat is not None and abs(i.lat - 11.01) < 0.05


def test_control_a_spot_told_kilometres_from_the_city_is_not_in_it(ex):
    i = _last(
        ex,
        "Heavy fighting erupted in Kadugli on Friday, residents said.\n"
        "Mortar rounds landed in the Um Sirdiba area, 40 km south of the city, on Saturday, killing three women.",
    )
    assert i.location == "Um Sirdiba area" and i.lat is None
