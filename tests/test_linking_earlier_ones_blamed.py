"""A blame for earlier events of the kind ("for previous drone strikes") is no blame for the event just told."""

from datetime import date


def _actors(ex, text):
    return [(i.location, i.actors) for i in ex.extract(text, id="x", published=date(2025, 6, 3)).incidents]


_EVENT = "Drones hit a power station in Port Sudan overnight. "


def test_blame_for_previous_strikes(ex):
    assert _actors(ex, _EVENT + "The army has blamed the RSF for previous drone strikes on the city.") == [("Port Sudan", ())]


def test_blame_for_earlier_attacks_reworded(ex):
    assert _actors(ex, _EVENT + "Officials blamed the RSF for earlier attacks on the port.") == [("Port Sudan", ())]


def test_blame_for_the_attack_stays(ex):
    # near miss: the attack just told is blamed on the group
    assert _actors(ex, _EVENT + "The army blamed the RSF for the attack.") == [
        ("Port Sudan", ("Rapid Support Forces (blamed)",))
    ]
