"""A figure whose parts are told by the states they come from ("10,000 peacekeepers, with contingents from
Italy and Spain"): those states send the parts, they are not where the figure is."""

from tests.conftest import posture_with_qualifiers


def test_mission_level_with_contingents_from_states(ex):
    text = "UNIFIL has about 10,000 peacekeepers, with contingents from Italy, Spain and Ghana."
    assert posture_with_qualifiers(ex, text) == [("UNIFIL", "Lebanon", 10000, "about")]


def test_reworded_with_troops_from_states(ex):
    text = "KFOR fields some 4,500 soldiers, including troops from Italy and Turkey."
    assert posture_with_qualifiers(ex, text) == [("KFOR", "Kosovo", 4500, "some")]


def test_control_place_after_with_stays(ex):
    # a place told after "with" (no troops "from" it) is still where the figure is
    text = "Germany has about 1,800 soldiers deployed in Lithuania, with more due next year."
    assert posture_with_qualifiers(ex, text) == [("Germany", "Lithuania", 1800, "about")]
