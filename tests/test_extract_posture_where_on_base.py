"""A figure of no party's in a ", where" clause on the base the sentence's subject acts from is the subject's,
in the country of the place "where" refers to, not one named earlier in the sentence."""

from tests.conftest import posture_with_qualifiers


def test_subject_flying_from_a_base_owns_the_figure(ex):
    text = (
        "The Royal Air Force will go on striking Islamic State targets in Iraq from RAF Akrotiri in Cyprus, "
        "where some 2,000 personnel are based."
    )
    assert posture_with_qualifiers(ex, text) == [("United Kingdom", "Cyprus", 2000, "some")]


def test_place_where_refers_to_beats_an_earlier_target(ex):
    text = (
        "Russian jets will go on bombing rebel positions in Idlib from the Hmeimim air base in Syria, "
        "where about 4,000 troops are stationed."
    )
    assert posture_with_qualifiers(ex, text) == [("Russia", "Syria", 4000, "about")]


def test_named_force_takes_the_place_where_refers_to(ex):
    text = (
        "The Royal Air Force will continue to strike Daesh targets in Iraq from RAF Akrotiri in Cyprus, "
        "where some 2,000 British personnel are based."
    )
    assert posture_with_qualifiers(ex, text) == [("United Kingdom", "Cyprus", 2000, "some")]


def test_control_people_living_there_are_no_troops(ex):
    text = "Shelling hit the town of Kupiansk in Ukraine, where 2,000 people live, officials said."
    assert posture_with_qualifiers(ex, text) == []


def test_control_plain_level_unchanged(ex):
    text = "Some 2,000 British personnel are based at RAF Akrotiri in Cyprus."
    assert posture_with_qualifiers(ex, text) == [("United Kingdom", "Cyprus", 2000, "some")]


def test_striker_owns_no_troops_of_the_base_it_strikes(ex):
    text = "Iran fired missiles at Ain al-Asad air base in Iraq, where about 2,500 troops are stationed."
    assert posture_with_qualifiers(ex, text) == []


def test_control_troops_named_at_the_struck_base(ex):
    text = "Iran fired missiles at Ain al-Asad air base in Iraq, where about 2,500 US troops are stationed."
    assert posture_with_qualifiers(ex, text) == [("United States", "Iraq", 2500, "about")]
