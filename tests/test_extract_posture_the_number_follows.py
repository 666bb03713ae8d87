""""The number" in a sentence right after one about troops counts those troops, as "their number" does: a troop
sentence with no force or figure between ("more troops could follow") keeps the force told before it."""

from tests.conftest import posture_with_qualifiers


def test_the_number_past_a_vague_troop_sentence(ex):
    text = (
        "Around 1,200 Italian troops serve in Lebanon. Rome said last week that more soldiers might be needed. "
        "The defence ministry intends to cut the number in Lebanon to 800 by next year."
    )
    assert ("Italy", "Lebanon", 800, "(planned)") in posture_with_qualifiers(ex, text)


def test_the_number_after_troops_without_figure(ex):
    text = "Canada is pulling soldiers out of Latvia. Ottawa plans to bring the number there down to 500."
    assert ("Canada", "Latvia", 500, "(planned)") in posture_with_qualifiers(ex, text)


def test_control_number_of_something_else(ex):
    text = (
        "About 2,500 US troops are in Iraq. Officials said more troops could follow. "
        "The number of civilians killed in Syria rose to 1,000."
    )
    assert posture_with_qualifiers(ex, text) == [("United States", "Iraq", 2500, "about")]
