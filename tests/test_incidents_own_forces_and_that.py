"""A second that-clause of a statement whose first named the speaker's own forces: its unowned drone is the speaker's."""

from datetime import date


def _actors(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 3))
    return [(i.type, i.actors) for i in facts.incidents]


def test_drone_in_second_report_is_the_speakers(ex):
    text = (
        "The Israeli military said its jets struck Hezbollah sites in Nabatiyeh overnight, and that a drone "
        "had eliminated two operatives near Bint Jbeil on Tuesday."
    )
    assert _actors(ex, text) == [("air_strike", ("Israel",)), ("drone_attack", ("Israel",))]


def test_reworded_drone_in_second_report(ex):
    text = (
        "The Sudanese army said its aircraft bombed RSF positions near El Fasher on Monday, and that a drone "
        "had killed five fighters in Nyala."
    )
    assert _actors(ex, text) == [("air_strike", ("Sudan",)), ("drone_attack", ("Sudan",))]


def test_rocket_in_second_report_stays_unowned(ex):
    # near miss: a rocket that hit a house need not be the speaker's fire
    text = (
        "The Israeli military said its jets struck Hezbollah sites in Nabatiyeh overnight, and that a rocket "
        "had hit a house in Metula on Tuesday."
    )
    assert _actors(ex, text) == [("air_strike", ("Israel",)), ("rocket_attack", ())]
