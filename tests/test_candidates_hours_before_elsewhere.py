"""A deed told as coming hours after another, in another town ("stormed a post in X, hours before a bomb
exploded in Y"), is an event of its own (GUIDE: one record per real event, and two towns are two events);
in the same town, or with no second town, the sentence still tells one event."""

from datetime import date

DAY = date(2025, 4, 16)


def test_hours_before_in_another_town_is_a_second_event(ex):
    text = (
        "Gunmen attacked an army checkpoint in Beledweyne on Tuesday, hours before a roadside bomb "
        "exploded near a market in Jowhar, police said."
    )
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert sorted(i.location for i in incs) == ["Beledweyne", "Jowhar"]
    blast = next(i for i in incs if i.location == "Jowhar")
    assert blast.type == "explosion"


def test_control_hours_before_in_the_same_town_stays_one_event(ex):
    text = (
        "Gunmen attacked an army checkpoint in Beledweyne on Tuesday, hours before a roadside bomb "
        "exploded near the same checkpoint in Beledweyne, police said."
    )
    incs = ex.extract(text, id="t", published=DAY).incidents
    assert [i.location for i in incs] == ["Beledweyne"]
