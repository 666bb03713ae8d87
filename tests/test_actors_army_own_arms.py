"""An army that tells of its own arms striking ("the army said its aircraft struck") did the strike."""

from datetime import date


def _actors(ex, text):
    return [(i.type, i.actors) for i in ex.extract(text, id="x", published=date(2025, 6, 3)).incidents]


_TAIL = " Sudan's army has been at war with the RSF since 2023."


def test_its_aircraft(ex):
    assert _actors(ex, "The army said its aircraft struck RSF positions near Bara on Sunday." + _TAIL) == [
        ("air_strike", ("Sudan",))
    ]


def test_its_artillery_reworded(ex):
    assert _actors(ex, "The military said its heavy artillery shelled RSF positions near Bara on Sunday." + _TAIL) == [
        ("shelling", ("Sudan",))
    ]


def test_aircraft_not_its_own_on_a_house_stays_unread(ex):
    # near miss: aircraft the army does not call its own, hitting no armed group, are told with no doer
    # (aircraft hitting the groups it fights are its own: tests/test_actors_army_said_aircraft.py)
    assert _actors(ex, "The army said aircraft struck a house near Bara on Sunday." + _TAIL) == [("air_strike", ())]
