"""A town the gazetteer lacks reads as a named site, yet two outlets telling it a day apart with no
kind of target in common (a depot one day, the airport the next) tell two hits there, two rows; the
same kind of target, or none told by one outlet, keeps one night's attack one row."""

from __future__ import annotations

from datetime import date

from tests.conftest import brief_rows

_TUE, _WED = date(2031, 2, 5), date(2031, 2, 6)


def test_a_depot_and_the_airport_a_day_apart_are_two_rows():
    depot = ("Qorvath (Desk) - A drone hit a fuel depot in Qorvath on Tuesday, setting tanks ablaze, officials said.", _TUE)
    airport = ("Drones struck the airport in Qorvath early on Wednesday, residents said.", _WED)
    assert brief_rows(depot, airport) == [{1}, {2}]


def test_one_depot_told_by_two_days_stays_one_row():
    """Near miss: 'a depot' late on Tuesday and 'a fuel depot' early on Wednesday are one night's hit."""
    late = ("Qorvath (Desk) - A drone hit a depot in Qorvath late on Tuesday, setting tanks ablaze, officials said.", _TUE)
    early = ("A drone struck a fuel depot in Qorvath early on Wednesday, residents said.", _WED)
    assert brief_rows(late, early) == [{1, 2}]


def test_one_toll_at_a_depot_and_the_airport_a_day_apart_is_two_rows():
    """Two dead on Tuesday at the depot, two on Wednesday at the airport: the toll ties no more."""
    depot = ("A drone hit a fuel depot in Qorvath on Tuesday, killing two guards, officials said.", _TUE)
    airport = ("Drones struck the airport in Qorvath on Wednesday, killing two people, residents said.", _WED)
    assert brief_rows(depot, airport) == [{1}, {2}]


def test_one_toll_at_one_depot_told_a_day_late_stays_one_row():
    """Near miss: the same two dead at a depot, told by the later outlet's day, stay one row."""
    depot = ("A drone hit a fuel depot in Qorvath on Tuesday, killing two guards, officials said.", _TUE)
    again = ("A drone struck an oil depot in Qorvath on Wednesday, killing two guards, residents said.", _WED)
    assert brief_rows(depot, again) == [{1, 2}]


def test_a_power_plant_and_a_bridge_a_night_apart_are_two_rows():
    """A power plant late on Tuesday and a bridge early on Wednesday: two kinds of target, two rows."""
    plant = ("A drone hit a power plant in Qorvath late on Tuesday, cutting electricity, officials said.", _TUE)
    bridge = ("Drones struck a bridge in Qorvath early on Wednesday, residents said.", _WED)
    assert brief_rows(plant, bridge) == [{1}, {2}]


def test_one_power_station_told_by_two_days_stays_one_row():
    """Near miss: a power station late on Tuesday, the power plant early on Wednesday: one row."""
    late = ("A drone hit a power station in Qorvath late on Tuesday, cutting electricity, officials said.", _TUE)
    early = ("A drone struck the power plant in Qorvath early on Wednesday, residents said.", _WED)
    assert brief_rows(late, early) == [{1, 2}]
