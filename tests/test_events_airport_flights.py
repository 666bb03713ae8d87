"""An airport's traffic stopped, told by its flights, is an airspace step (GUIDE: type "other"), as an
airport closed is; an airline stopping its flights to a country names no airport and stays no event."""

from datetime import date

_DRONES = "Ukraine launched drones at Russia overnight. "


def _others(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 3))
    return [(i.location, i.country) for i in facts.incidents if i.type == "other"]


def test_airports_suspended_flights(ex):
    assert _others(ex, _DRONES + "Two Moscow airports briefly suspended flights on Monday as the drones approached.") == [
        ("Moscow", "Russia")
    ]


def test_airports_of_a_region_halted_departures(ex):
    text = _DRONES + "Two airports in the Moscow region halted departures for hours as drones neared the capital."
    assert _others(ex, text) == [("Moscow region", "Russia")]


def test_flights_at_an_airport_were_suspended(ex):
    text = "Drones struck fuel depots in Port Sudan on Sunday. Flights at Port Sudan airport were suspended after the strikes."
    assert ("Port Sudan airport", "Sudan") in _others(ex, text)


def test_airline_flights_to_a_country_are_no_event(ex):
    assert _others(ex, _DRONES + "Several European airlines suspended flights to Tel Aviv on Monday.") == []
