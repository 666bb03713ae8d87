"""A region named with a count of the states it makes up ("in the three Baltic states") is the figure's place,
as "in the Baltic states" is; a country named later in the sentence for a part is not."""

from tests.conftest import posture_with_qualifiers


def test_region_with_a_count_of_its_states(ex):
    text = (
        "NATO has some 10,000 troops in the three Baltic states under its forward presence, including "
        "battlegroups led by Britain in Estonia and Canada in Latvia."
    )
    assert ("NATO", "Baltic states", 10000, "some") in posture_with_qualifiers(ex, text)
    assert ("NATO", "Estonia", 10000, "some") not in posture_with_qualifiers(ex, text)


def test_reworded_both_gulf_states(ex):
    text = "The US keeps roughly 3,000 soldiers in both Gulf states, Kuwait and Qatar."
    assert posture_with_qualifiers(ex, text) == [("United States", "Persian Gulf", 3000, "roughly")]


def test_control_count_of_troops_in_a_country(ex):
    text = "Germany has two brigades with some 5,000 soldiers in Lithuania."
    assert posture_with_qualifiers(ex, text) == [("Germany", "Lithuania", 5000, "some")]
