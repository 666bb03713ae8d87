"""Troops a state's rulers expelled, or whose withdrawal a clause on them tells completed, are a level that
ended: a former level, not one standing now."""

from tests.conftest import posture_with_qualifiers


def test_expelled_troops_are_a_former_level(ex):
    text = "The junta in Niger expelled roughly 1,500 French troops, who left the base in Niamey in December 2023."
    assert posture_with_qualifiers(ex, text) == [("France", "Niger", 1500, "roughly (former level)")]


def test_reworded_kicked_out(ex):
    text = "Burkina Faso's government has kicked out some 400 French special forces troops."
    assert posture_with_qualifiers(ex, text) == [("France", "Burkina Faso", 400, "some (former level)")]


def test_withdrawal_completed_past_a_clause_on_the_troops(ex):
    text = (
        "Around 1,000 American troops, who had operated a drone base near Agadez, completed their withdrawal "
        "from Niger in September 2024."
    )
    assert posture_with_qualifiers(ex, text) == [("United States", "Niger", 1000, "around (former level)")]


def test_control_withdrawal_begun_past_a_clause_stands(ex):
    text = "About 1,100 US troops, who are stationed in Niger, began their withdrawal on Monday."
    assert posture_with_qualifiers(ex, text) == [("United States", "Niger", 1100, "about")]


def test_control_troops_hosted_after_an_expulsion_stand(ex):
    text = "The junta, which expelled French troops in 2023, now hosts some 100 Russian instructors in Niger."
    assert posture_with_qualifiers(ex, text) == [("Russia", "Niger", 100, "some")]
