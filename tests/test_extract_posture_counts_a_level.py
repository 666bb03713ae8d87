"""A force that "counts" a bare figure tells its level, as "numbers" does ("The mission, which once had more
than 16,000 uniformed personnel, now counts around 11,000")."""

from tests.conftest import posture_with_qualifiers


def test_mission_now_counts_a_bare_figure(ex):
    text = (
        "Congo's MONUSCO is winding down. The mission, which once had more than 16,000 uniformed personnel, "
        "now counts around 11,000."
    )
    assert ("MONUSCO", "Democratic Republic of Congo", 11000, "around") in posture_with_qualifiers(ex, text)


def test_reworded_contingent_counts(ex):
    text = "The French contingent in Chad counts about 1,000."
    assert posture_with_qualifiers(ex, text) == [("France", "Chad", 1000, "about")]


def test_control_counting_other_things(ex):
    text = "Monitors in Kherson counts 300 violations a week, the mission said."
    assert posture_with_qualifiers(ex, text) == []
