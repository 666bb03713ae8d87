"""An attack noun whose agent after "by" is armed men of no state, with no weapon or aircraft named, was made
on the ground (GUIDE: air_strike is raids by aircraft or armed drones), as its passive verb's agent reads."""

from datetime import date


def _types(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="x", published=date(2025, 3, 14)).incidents]


def test_strike_by_armed_men_is_on_the_ground(ex):
    assert _types(ex, "A strike by jihadists hit a village near Menaka on Sunday, killing three herders.") == [
        ("armed_clash", "Menaka")
    ]


def test_strike_by_a_state_or_with_aircraft_stays_from_the_air(ex):
    assert _types(ex, "A strike by the army hit a village near Menaka on Sunday, killing three herders.") == [
        ("air_strike", "Menaka")
    ]
    assert _types(ex, "A strike by jihadists with a drone hit a village near Menaka on Sunday, killing three herders.") == [
        ("drone_attack", "Menaka")
    ]
