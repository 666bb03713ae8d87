"""A world-list town's "International Airport" ("near Kazan International Airport") is that town's
airport, placed at the town in its country, as "Kazan airport" is; other capitalised words after
the town's name still make a longer name of a body, not the town."""

from __future__ import annotations

from datetime import date

import pytest

_DAY = date(2031, 8, 20)


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("A drone struck a fuel store near Kazan International Airport overnight, the regional government said.", "Kazan International Airport", "Russia"),
        ("Two drones hit a hangar at Sochi International Airport late on Tuesday, the governor said.", "Sochi International Airport", "Russia"),
    ],
)
def test_a_towns_international_airport_lies_in_the_town(ex, text, place, country):
    (incident,) = ex.extract(text, id="t", published=_DAY).incidents
    assert (incident.location, incident.country) == (place, country)
    assert incident.lat is not None


def test_a_bodys_longer_name_after_the_town_is_no_airport(ex):
    """Near miss: 'the Kazan International Trade Fair' names a body: no airport is placed by it."""
    text = "A drone struck a fuel store near Kazan International Trade Fair grounds overnight, the regional government said."
    assert all("Airport" not in (i.location or "") for i in ex.extract(text, id="t", published=_DAY).incidents)
