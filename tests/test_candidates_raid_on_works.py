"""A raid on works no one lives or fights in (a power plant, a fuel terminal) came from the air."""

from datetime import date

_LEAD = "Houthi fighters clashed with government troops near Marib on Sunday, killing four soldiers. "


def _types(ex, text):
    return [(i.type, i.location) for i in ex.extract(_LEAD + text, id="x", published=date(2025, 6, 3)).incidents][1:]


def test_raid_on_power_plant_is_air_strike(ex):
    assert _types(ex, "A raid targeted the Hezyaz power plant south of Sanaa on Monday.") == [
        ("air_strike", "Hezyaz power plant, Sanaa")
    ]


def test_raids_on_fuel_terminal_are_air_strikes(ex):
    assert [t for t, _ in _types(ex, "Two raids hit the fuel terminal at Ras Isa port on Monday.")] == ["air_strike"]


def test_troops_raid_stays_ground_fight(ex):
    assert [t for t, _ in _types(ex, "Troops carried out a raid on the power plant in Jenin on Monday.")] == ["armed_clash"]


def test_raid_on_house_stays_ground_fight(ex):
    assert [t for t, _ in _types(ex, "A raid on a house in Jenin on Monday killed two men.")] == ["armed_clash"]
