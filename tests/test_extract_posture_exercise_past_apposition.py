"""An exercise told past an apposition on the figure ("about 900 soldiers in Estonia, a figure it plans to
double for an exercise") is no exercise the troops are in: their level stands."""

from tests.conftest import posture_with_qualifiers


def test_exercise_in_an_apposition_marks_no_level(ex):
    text = "Britain currently keeps about 900 soldiers in Estonia, a figure it plans to double for an exercise next spring."
    assert posture_with_qualifiers(ex, text) == [("United Kingdom", "Estonia", 900, "about")]


def test_reworded_number_raised_for_drills(ex):
    text = "France has some 300 troops in Romania, a number set to grow for the Dacian Spring exercise."
    assert posture_with_qualifiers(ex, text) == [("France", "Romania", 300, "some")]


def test_control_troops_there_for_an_exercise(ex):
    text = "About 2,000 US troops are in Lithuania, where they will take part in the Saber Strike exercise."
    assert posture_with_qualifiers(ex, text) == [("United States", "Lithuania", 2000, "about (exercise)")]
