"""A clash told with its armed party in the sentence is a fight, and a toll told with it joins the event just
told, with its day: the party may be a force named in the singular (a "security force" and its members)."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text):
    return ex.extract(text, id="t", published=date(2025, 3, 10)).incidents


_LEAD = (
    "Four soldiers died when rebels raided an army camp and a police post in North Kivu, officials announced "
    "on Thursday.\n\n"
)


def test_a_singular_security_force_is_the_clashs_armed_party(ex):
    """The clashes that erupted on Wednesday, told with the security force members they hurt, date the raid."""
    text = _LEAD + "An officer said some 12 security force members were hurt in the clashes, which erupted on Wednesday evening."
    got = _incidents(ex, text)
    assert [(i.type, i.date, i.casualties.killed, i.casualties.injured) for i in got] == [
        ("armed_clash", "2025-03-05", 4, 12)
    ]


def test_clashes_with_no_armed_party_leave_the_lead_as_told(ex):
    """Near miss: trade slowed in clashes names no party and no toll, so the lead keeps the day it was told."""
    text = _LEAD + "An officer said trade between the two towns slowed in the clashes, which erupted on Wednesday evening."
    got = _incidents(ex, text)
    assert [(i.type, i.date, i.casualties.injured) for i in got] == [("armed_clash", "2025-03-06", None)]
