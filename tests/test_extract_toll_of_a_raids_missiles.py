"""Lives lost told right after an interception of the missiles a raid's jets fired are the raid's toll, as they
are an attack's whose weapons were stopped (what got through did the harm, not what was shot down); a raid
with nothing downed keeps its toll as before."""

from __future__ import annotations

from datetime import date

from tests.conftest import shared_extractor


def _tolls(text):
    found = shared_extractor().extract(text, id="t", published=date(2025, 5, 4)).incidents
    return {i.type: i.casualties.injured for i in found}


def test_a_toll_after_the_downing_of_a_raids_missiles_is_the_raids():
    text = (
        "Israeli jets fired missiles at targets near Homs on Sunday, state media said.\n"
        "Air defences downed most of the missiles, a military source said. Three soldiers were wounded."
    )
    got = _tolls(text)
    assert (got["air_strike"], got["interception"]) == (3, None)


def test_a_raid_with_no_weapon_downed_keeps_its_own_toll():
    # control: no interception told, so the toll is the raid's as before
    text = "Israeli jets struck targets near Homs on Sunday, state media said. Three soldiers were wounded."
    assert _tolls(text)["air_strike"] == 3
