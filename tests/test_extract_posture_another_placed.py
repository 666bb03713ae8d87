"""A figure told "another" and placed by a verb of being ("Another 900 are in northeastern Syria") is a further
part of the troops told, that place's level: no troops added."""

from tests.conftest import posture_with_qualifiers


def test_another_figure_placed_elsewhere_is_a_level(ex):
    text = "In Iraq, about 2,500 US troops remain. Another 900 are in northeastern Syria, where they work with Kurdish-led forces."
    assert posture_with_qualifiers(ex, text) == [("United States", "Iraq", 2500, "about"), ("United States", "Syria", 900, None)]


def test_reworded_another_with_noun_stationed(ex):
    text = "In Iraq, about 2,500 US troops remain. Another 900 soldiers are stationed in Kuwait."
    assert ("United States", "Kuwait", 900, None) in posture_with_qualifiers(ex, text)


def test_control_another_to_be_deployed_is_added(ex):
    text = "In Iraq, about 2,500 US troops remain. Another 900 are to be deployed in Syria."
    assert ("United States", "Syria", 900, "(additional)") in posture_with_qualifiers(ex, text)


def test_a_further_figure_placed_is_a_level(ex):
    text = "About 3,000 British soldiers serve in Estonia. A further 600 are based in Poland."
    assert ("United Kingdom", "Poland", 600, None) in posture_with_qualifiers(ex, text)


def test_control_a_further_to_be_sent_is_added(ex):
    text = "About 3,000 British soldiers serve in Estonia. A further 600 will be sent to Poland."
    assert ("United Kingdom", "Poland", 600, "(additional)") in posture_with_qualifiers(ex, text)
