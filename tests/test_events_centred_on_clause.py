"""A relative clause that says where the event before it centred ("the clashes, which centred on the X
neighbourhood") tells the event's own place, as "which took place in" does: no clause of its own."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text):
    return [(i.type, i.location, i.casualties.killed) for i in ex.extract(text, id="t", published=date(2025, 6, 18)).incidents]


def test_the_quarter_a_fight_centred_on_is_its_place(ex):
    text = (
        "Militiamen clashed with soldiers in Baidoa on Thursday, a local official said. "
        "At least four people were killed in the clashes, which centred on the Isha neighbourhood."
    )
    assert _incidents(ex, text) == [("armed_clash", "Isha neighbourhood, Baidoa", 4)]


def test_a_relative_clause_of_another_verb_lends_no_place(ex):
    # control: what the fight did to people somewhere is no place of the fight
    text = (
        "Militiamen clashed with soldiers in Baidoa on Thursday, a local official said. "
        "At least four people were killed in the clashes, which angered elders in the Isha neighbourhood."
    )
    assert _incidents(ex, text) == [("armed_clash", "Baidoa", 4)]
