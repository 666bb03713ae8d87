"""A claim or a blame told after an attack and the interception of some of its weapons ("Two drones
targeted the base, one of which was shot down. X claimed the attack") is of the attack: the claiming party
goes to the attack, never to the weapon's stopping."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

EX = Extractor()


def _actors(text):
    return {i.type: i.actors for i in EX.extract(text, id="t", published=date(2026, 2, 3)).incidents}


def _claimed(actors):
    return any(a.endswith("(claimed)") for a in actors)


def test_the_claim_goes_to_the_attack_not_its_interception():
    text = (
        "Three drones targeted the Harir air base north of Erbil late on Monday, two of which were shot down by "
        "air defences, a Kurdish official said. Kataib Hezbollah claimed responsibility for the attack."
    )
    found = _actors(text)
    assert _claimed(found["drone_attack"])
    assert not _claimed(found["interception"])


def test_a_claim_after_an_attack_alone_still_goes_to_it():
    """Control: with no interception told, the claim goes to the attack just told."""
    text = (
        "A drone struck the Harir air base north of Erbil late on Monday, a Kurdish official said, in the third "
        "attack on the base this month. Kataib Hezbollah claimed the attack."
    )
    assert _claimed(_actors(text)["drone_attack"])
