"""What a town lives on is a kind of target too: its water works, its grain stores, its dam. Two
outlets telling one town's water station hit one night and its grain silos the next, a day apart,
tell two hits, two rows; with neither kind known to the brief nothing told them apart. One water
works told by two names ("the water station", "the treatment plant"), or a dam and its
hydroelectric plant, stay one row."""

from __future__ import annotations

from datetime import date

from tests.conftest import brief_rows

_TUE, _WED = date(2031, 2, 5), date(2031, 2, 6)


def test_a_water_station_and_grain_silos_a_night_apart_are_two_rows():
    water = ("Drones hit the water station in El Obeid late on Tuesday, cutting supplies, officials said.", _TUE)
    silos = ("Drones struck the grain silos in El Obeid early on Wednesday, residents said.", _WED)
    assert brief_rows(water, silos) == [{1}, {2}]


def test_one_water_works_told_by_two_names_stays_one_row():
    """Near miss: the water station late on Tuesday, the water treatment plant early on Wednesday."""
    late = ("Drones hit the water station in El Obeid late on Tuesday, cutting supplies, officials said.", _TUE)
    early = ("A drone attack struck the water treatment plant in El Obeid early on Wednesday, residents said.", _WED)
    assert brief_rows(late, early) == [{1, 2}]


def test_a_grain_depot_and_a_fuel_depot_a_night_apart_are_two_rows():
    """A depot of grain is not a depot of fuel: the grain names the kind."""
    grain = ("A drone hit a grain depot in El Obeid late on Tuesday, officials said.", _TUE)
    fuel = ("A drone struck a fuel depot in El Obeid early on Wednesday, residents said.", _WED)
    assert brief_rows(grain, fuel) == [{1}, {2}]


def test_a_dam_and_a_flour_mill_a_night_apart_are_two_rows():
    dam = ("Drones struck the dam at Merowe late on Thursday, the army said.", date(2031, 2, 7))
    mill = ("A drone hit a flour mill in Merowe early on Friday, witnesses said.", date(2031, 2, 8))
    assert brief_rows(dam, mill) == [{1}, {2}]


def test_a_dam_and_its_hydroelectric_plant_stay_one_row():
    """Near miss: one outlet's dam is another's hydroelectric plant, and another's power station."""
    dam = ("Drones struck the dam at Merowe late on Thursday, the army said.", date(2031, 2, 7))
    plant = ("A drone hit the hydroelectric plant at Merowe early on Friday, officials said.", date(2031, 2, 8))
    station = ("A drone hit the power station at Merowe early on Friday, engineers said.", date(2031, 2, 8))
    assert brief_rows(dam, plant, station) == [{1, 2, 3}]
