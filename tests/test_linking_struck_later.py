""""A drone hit the base. US aircraft later carried out strikes on militia sites": a deed of other doers than
the attack's, told after it ("later", "then", "subsequently") on a target, is an event of its own, as one told
"in response" is (linking.struck_back), not the attack retold; it lands on the attackers, not the post hit."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text: str):
    return ex.extract(text, id="t", published=date(2025, 6, 3)).incidents


def test_a_later_blow_by_other_doers_is_its_own_event(ex):
    incs = _incidents(
        ex,
        "A drone struck the Harir air base on Sunday, wounding two soldiers. US jets later carried out strikes on "
        "two depots used by Kataib Hezbollah.",
    )
    assert [(i.type, i.actors) for i in incs] == [("drone_attack", ()), ("air_strike", ("United States",))]
    assert incs[1].location != incs[0].location


def test_the_same_doers_told_again_stay_one_event(ex):
    """Control: the attack's own doer told on, no blow of another hand, is one event."""
    incs = _incidents(
        ex,
        "Kataib Hezbollah drones struck the Harir air base on Sunday, wounding two soldiers. The group later said "
        "its drones hit a hangar at the base.",
    )
    assert len(incs) == 1
