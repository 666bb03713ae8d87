"""An interception's line leads with who shot the weapons down as such ("Intercepted by X"), so the
interceptor never reads as the attacker; an attack's line leads with its doers as before."""

from __future__ import annotations

from reporter.brief.textfmt import actor_lead


def test_interception_lead_names_the_interceptor_as_such():
    assert actor_lead("interception", ("French Navy",)) == "Intercepted by French Navy"
    assert (
        actor_lead("interception", ("Houthis (claimed)", "US Navy"))
        == "Houthis (claimed); intercepted by US Navy"
    )
    assert actor_lead("interception", ()) == "Unattributed"


def test_attack_lead_is_its_doers_unchanged():
    assert (
        actor_lead("drone_strike", ("Islamic Resistance in Iraq (claimed)",))
        == "Islamic Resistance in Iraq (claimed)"
    )
    assert actor_lead("rocket_attack", ()) == "Unattributed"
