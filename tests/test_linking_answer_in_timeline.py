"""A timeline's entry tells the answer to an attack in the present ("US aircraft respond with strikes on ..."):
an event of its own, as the past "responded with strikes" is."""

from datetime import date


def test_answer_told_in_the_present_is_its_own_strike(ex):
    text = (
        "Timeline\n\n"
        "Dec. 25, 2023 - A drone hits the Erbil air base, wounding three soldiers. US aircraft respond with "
        "strikes on three facilities used by Kataib Hezbollah.\n"
    )
    got = [(i.type, i.actors) for i in ex.extract(text, id="x", published=date(2024, 2, 2)).incidents]
    assert ("air_strike", ("United States",)) in got
    assert ("drone_attack", ()) in got
