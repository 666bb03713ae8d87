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


def test_a_later_blow_after_a_blast_is_its_own_event(ex):
    incs = _incidents(
        ex,
        "A car bomb went off at a checkpoint in Kismayo on Tuesday, killing three people. Somali troops later fired "
        "at a crowd gathering at the scene, witnesses said.",
    )
    assert sorted(i.type for i in incs) == ["armed_clash", "explosion"]
    assert next(i for i in incs if i.type == "explosion").actors == ()


def test_gunmen_after_a_blast_stay_one_assault(ex):
    """Control: the assault told on after the blast, no named other hand, is one event."""
    incs = _incidents(
        ex,
        "A car bomb went off at the gate of a hotel in Kismayo on Tuesday. Gunmen then stormed the building and "
        "fired on guests.",
    )
    assert len(incs) == 1
