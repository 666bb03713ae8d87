""""Another" or "a further" after a verb of cutting or pulling out counts troops gone, not troops added: the
figure is a part withdrawn ("withdrew a further 3,000 soldiers"), read as a plain withdrawal is."""

from tests.conftest import posture_with_qualifiers


def test_further_withdrawn_is_no_added_level(ex):
    text = "The African Union force in Somalia withdrew a further 3,000 soldiers on Sunday."
    rows = posture_with_qualifiers(ex, text)
    assert not [r for r in rows if r[3] == "(additional)"]
    assert rows == posture_with_qualifiers(ex, "The African Union force in Somalia withdrew 3,000 soldiers on Sunday.")


def test_another_cut_is_no_added_level(ex):
    text = "Norway cuts another 400 troops from its mission in Lebanon."
    assert not [r for r in posture_with_qualifiers(ex, text) if r[3] == "(additional)"]


def test_control_another_sent_is_added(ex):
    text = "Germany will send another 500 troops to Lithuania."
    assert posture_with_qualifiers(ex, text) == [("Germany", "Lithuania", 500, "(additional)")]


def test_withdrawal_of_a_further_is_no_added_level(ex):
    text = "The African Union force in Somalia completed the withdrawal of a further 3,000 soldiers on Sunday."
    assert not [r for r in posture_with_qualifiers(ex, text) if r[3] == "(additional)"]
