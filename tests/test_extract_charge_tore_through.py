"""A charge told as the subject of a verb of blasting through a place ("a bomb tore through a bus depot") went
off there: an explosion at that place, though the bare word for the charge names no event (one may be found
or made safe). A charge only found, or a scare named by the word, stays no event."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="t", published=date(2025, 3, 12)).incidents]


def test_bomb_tearing_through_a_place_is_an_explosion_there(ex):
    text = "A bomb tore through a bus depot in Mosul on Tuesday, killing four drivers, police officials said."
    assert _incidents(ex, text) == [("explosion", "Mosul")]


def test_plural_charges_ripping_through_are_one_explosion(ex):
    text = "Two bombs had ripped through a cattle fair in Quetta on Tuesday, wounding eleven traders."
    assert [t for t, _ in _incidents(ex, text)] == ["explosion"]


def test_a_charge_found_and_made_safe_is_no_event(ex):
    # near miss: the charge is named in the same place and day but never went off
    text = "Police said a bomb was found near a bus depot in Mosul on Tuesday and made safe by experts."
    assert _incidents(ex, text) == []


def test_a_bomb_scare_tearing_through_nothing_is_no_event(ex):
    # near miss: the word is a scare's, and its verb is no blast's
    text = "A bomb scare emptied a bus depot in Mosul on Tuesday before police reopened it."
    assert _incidents(ex, text) == []
