"""Armed men told with the force they belong to between them and the verb of harm ("fighters of the X
Corps killed 20 villagers") did that harm: the killing is an event, as "fighters killed 20 villagers" is.
Relatives of fallen fighters, told by the same words in another order, did nothing."""

from __future__ import annotations

from datetime import date

from tests.conftest import shared_extractor


def _incidents(text):
    return [(i.type, i.location) for i in shared_extractor().extract(text, id="t", published=date(2026, 3, 12)).incidents]


def test_fighters_of_a_named_force_killed():
    text = "Fighters of the Africa Corps killed 17 herders near Douentza on Sunday, a local official said."
    assert _incidents(text) == [("armed_clash", "Douentza")]


def test_troops_of_a_brigade_killed():
    text = "Soldiers of the 5th Brigade killed nine villagers outside Douentza on Sunday, residents said."
    assert _incidents(text) == [("armed_clash", "Douentza")]


def test_relatives_of_killed_fighters_did_nothing():
    """Near miss: the fighters were killed; their relatives mourned."""
    text = "Relatives of fighters of the militia killed near Douentza last month held a funeral on Sunday."
    assert _incidents(text) == []
