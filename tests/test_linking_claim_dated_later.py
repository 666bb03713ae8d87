"""A claim of the event just told, made on a later day ("On Friday, X claimed the ambush"), refers back to that
event: the day is the claim's, not a second event's (GUIDE: "X (claimed)" on the event claimed)."""

from datetime import date

DAY = date(2025, 6, 9)


def test_claim_on_a_later_day_goes_to_the_event(ex):
    text = (
        "Armed men ambushed a supply convoy near Dori on Tuesday, killing 14 soldiers, the army said. "
        "On Thursday, JNIM claimed the ambush in a message on its channels."
    )
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert len(incs) == 1
    assert str(incs[0].date) == "2025-06-03"
    assert "JNIM (claimed)" in incs[0].actors


def test_control_a_later_attack_by_a_named_group_is_its_own(ex):
    """Near miss: a group told acting on a later day (no claim) is an event of its own."""
    text = (
        "Armed men ambushed a supply convoy near Dori on Tuesday, killing 14 soldiers, the army said. "
        "On Thursday, JNIM fighters attacked a gendarmerie post in Sebba, killing five."
    )
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert len(incs) == 2
