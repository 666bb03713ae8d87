"""Harm told with a doer of its own, none of the last event's, is a fight of its own, not that event's toll.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 3, 10)
LEAD = "A roadside bomb killed five soldiers in Beledweyne on Sunday, the army said.\n\n"


def _found(ex, text):
    return [(i.type, i.location, i.actors) for i in ex.extract(text, id="t", published=DAY).incidents]


def test_other_doers_toll_is_its_own_event(ex):
    text = LEAD + (
        "Al-Shabaab fighters fired anti-tank missiles at an army truck near the border on Sunday.\n\n"
        "Iraqi troops, backed by coalition drones, killed six militants in the Hamrin mountains on Sunday."
    )
    found = _found(ex, text)
    assert ("missile_attack", "Beledweyne", ("Al-Shabaab",)) in found
    assert ("armed_clash", "Hamrin mountains", ("Iraq",)) in found


def test_same_doers_toll_stays_the_events(ex):
    # near miss: the harm done by the last event's own doer, right after it, is that event's toll
    text = (
        "Kenyan forces raided a militant camp near Lamu on Sunday, the army said.\n\n"
        "Kenyan forces killed nine militants, officials said."
    )
    assert [(t, place) for t, place, _ in _found(ex, text)] == [("armed_clash", "Lamu")]
