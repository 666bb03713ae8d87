"""A figure of "the mission" is the mission the text named last, not the one an earlier sentence placed
troops with or the one named most."""

from tests.conftest import posture_with_qualifiers


def test_the_mission_is_the_one_named_last(ex):
    text = (
        "The UN mission in South Sudan has about 17,000 peacekeepers. The council also heard of Congo, where "
        "MONUSCO is winding down. The mission, which once had more than 16,000 uniformed personnel, is shrinking."
    )
    assert ("MONUSCO", "Democratic Republic of Congo", 16000, "more than (former level)") in posture_with_qualifiers(ex, text)


def test_reworded_this_mission_after_another(ex):
    text = (
        "UNIFIL has about 10,000 peacekeepers in Lebanon. Diplomats then turned to Kosovo and KFOR. "
        "This mission now counts some 4,500 soldiers."
    )
    assert ("KFOR", "Kosovo", 4500, "some") in posture_with_qualifiers(ex, text)


def test_control_mission_with_its_place_told(ex):
    text = "MONUSCO is winding down in Congo. The UN mission in South Sudan has about 17,000 peacekeepers."
    assert posture_with_qualifiers(ex, text) == [("UNMISS", "South Sudan", 17000, "about")]
