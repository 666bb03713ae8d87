"""A weapon told as the doer of damage ("drones damaged a depot") struck what it damaged, as a weapon that
destroyed something did; damage told with no weapon as its doer is no event of its own.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 3, 10)


def _found(ex, text):
    return sorted((i.type, i.location) for i in ex.extract(text, id="t", published=DAY).incidents)


def test_drones_that_damaged_a_site_attacked_it_beside_the_drones_downed(ex):
    text = (
        "KYIV (Agency) - Russian drones damaged a fuel depot in Kremenchuk on Sunday, the mayor said, adding that"
        " air defences destroyed 15 drones."
    )
    found = _found(ex, text)
    assert ("drone_attack", "Kremenchuk") in found
    assert any(t == "interception" for t, _ in found)


def test_damage_with_no_weapon_as_doer_is_no_event(ex):
    # near miss: the damage word alone, with no weapon doing it, tells no event and no interception
    text = "KYIV (Agency) - Several homes were damaged in Kremenchuk on Sunday, the mayor said after the storm."
    assert _found(ex, text) == []
