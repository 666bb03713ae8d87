"""A force grown by a figure ("will boost its force in Estonia by about 900 troops") tells the troops added,
as "900 more troops" does: no planned level of 900."""

from tests.conftest import posture_with_qualifiers


def test_boost_by_a_figure_is_troops_added(ex):
    text = "Britain will boost its force in Estonia by about 900 troops."
    assert posture_with_qualifiers(ex, text) == [("United Kingdom", "Estonia", 900, "about (additional)")]


def test_reworded_increase_presence_by(ex):
    text = "The Pentagon will increase its presence in Poland by some 3,000 soldiers."
    assert posture_with_qualifiers(ex, text) == [("United States", "Poland", 3000, "some (additional)")]


def test_control_boost_to_a_figure_is_the_planned_level(ex):
    text = "Britain will boost its force in Estonia to about 1,800 troops."
    assert posture_with_qualifiers(ex, text) == [("United Kingdom", "Estonia", 1800, "about (planned)")]
