"""A bare figure told as arriving somewhere, its troops named in the sentence before."""

from tests.conftest import posture_with_qualifiers


def test_bare_figure_arriving_is_the_troops_told_before(ex):
    rows = posture_with_qualifiers(ex, "About 2,500 US troops are in Iraq. Another 900 will arrive in Syria.")
    assert ("United States", "Syria", 900, "(additional)") in rows


def test_bare_figure_due_to_arrive_rewording(ex):
    rows = posture_with_qualifiers(
        ex, "Britain keeps about 800 soldiers in Estonia. Some 300 more are due to arrive in Latvia next month."
    )
    assert ("United Kingdom", "Latvia", 300, "some (additional)") in rows


def test_bare_figure_arriving_after_no_troops_is_nothing(ex):
    text = "Officials expect 2,500 pilgrims in Iraq. Another 900 will arrive in Syria."
    assert posture_with_qualifiers(ex, text) == []
