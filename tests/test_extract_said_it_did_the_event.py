"""An armed group saying it did the event just told by a definite noun ("X said it carried out the raid") claims
it, as "X claimed the raid" does; a state's army saying so is no claim.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 3, 12)
EVENT = "Gunmen stopped a lorry on a road in Kech district on Monday and shot dead six drivers, police said.\n\n"


def _actors(ex, text):
    found = ex.extract(text, id="t", published=DAY).incidents
    assert len(found) == 1, found
    return found[0].actors


def test_group_saying_it_did_the_event_claims_it(ex):
    assert _actors(ex, EVENT + "The Balochistan Liberation Army said it had carried out the attack.") == (
        "Balochistan Liberation Army (claimed)",
    )


def test_group_denying_it_claims_nothing(ex):
    assert _actors(ex, EVENT + "The Balochistan Liberation Army said it had no part in the attack.") == ()


def test_state_army_saying_so_is_no_claim(ex):
    text = (
        "Soldiers raided a village in Kech district on Monday, killing six men, residents said.\n\n"
        "Pakistan's army said it carried out the raid."
    )
    assert not any(a.endswith("(claimed)") for a in _actors(ex, text))
