"""The part of a whole told in a "with" clause after it: a party's share ("..., with India contributing some
2,400 of them") is that party's level where the whole is; the part already there ("..., with the first 150
already in place") is the whole's force's level there now."""

from tests.conftest import posture_with_qualifiers


def test_party_contributing_part_of_a_mission(ex):
    text = "The UN mission in South Sudan has about 17,000 peacekeepers, with India contributing some 2,400 of them."
    assert posture_with_qualifiers(ex, text) == [
        ("India", "South Sudan", 2400, "some"),
        ("UNMISS", "South Sudan", 17000, "about"),
    ]


def test_reworded_party_providing_part(ex):
    text = "The AU force in Somalia numbers 11,000 troops, with Uganda providing about 4,500."
    assert ("Uganda", "Somalia", 4500, "about") in posture_with_qualifiers(ex, text)


def test_first_part_already_in_place(ex):
    text = "Germany is deploying a brigade of about 4,800 soldiers to Lithuania, with the first 150 already in place."
    assert ("Germany", "Lithuania", 150, None) in posture_with_qualifiers(ex, text)


def test_control_with_more_to_come_adds_nothing(ex):
    text = "France keeps 1,000 soldiers in Chad, with more due next year."
    assert posture_with_qualifiers(ex, text) == [("France", "Chad", 1000, None)]


def test_control_party_contributing_other_things(ex):
    text = "The UN mission in South Sudan has about 17,000 peacekeepers, with India contributing some 40 helicopters."
    assert posture_with_qualifiers(ex, text) == [("UNMISS", "South Sudan", 17000, "about")]
