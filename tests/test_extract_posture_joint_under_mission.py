"""A joint figure of several states told under a mission named by its body and place ("Under the UN force in
Mali, Ghana and Togo keep 1,500 troops") is that mission's level, as under a mission named outright."""

from tests.conftest import posture_with_qualifiers


def test_joint_figure_under_the_un_force_in_a_country(ex):
    text = "Under the UN force in Mali, Ghana and Togo keep 1,500 troops."
    assert posture_with_qualifiers(ex, text) == [("MINUSMA", "Mali", 1500, None)]


def test_reworded_un_mission_in_south_sudan(ex):
    text = "Under the UN mission in South Sudan, Rwanda and Ghana keep 3,000 troops."
    assert posture_with_qualifiers(ex, text) == [("UNMISS", "South Sudan", 3000, None)]


def test_control_joint_figure_with_no_mission_stays_none(ex):
    assert posture_with_qualifiers(ex, "Ghana and Togo keep 1,500 troops in Mali.") == []
