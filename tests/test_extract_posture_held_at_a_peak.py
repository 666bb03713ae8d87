"""A level held in the simple past at a peak gone by, the peak opening the sentence far before the figure
("At the height of the Iraq war in 2007, the United States had some 170,000 troops in Iraq"), is a former level."""

from tests.conftest import posture_with_qualifiers


def test_level_held_at_the_height_of_a_war_is_former(ex):
    text = "At the height of the Iraq war in 2007, the United States had some 170,000 troops in Iraq."
    assert posture_with_qualifiers(ex, text) == [("United States", "Iraq", 170000, "some (former level)")]


def test_reworded_peak_of_the_surge(ex):
    text = "At the peak of the surge, Washington kept about 100,000 soldiers in Afghanistan."
    assert posture_with_qualifiers(ex, text) == [("United States", "Afghanistan", 100000, "about (former level)")]


def test_control_held_in_the_past_tense_with_no_time_gone(ex):
    text = "The United States had some 2,500 troops in Iraq on Monday."
    assert posture_with_qualifiers(ex, text) == [("United States", "Iraq", 2500, "some")]
