"""A total a planned move brings the troops to ("will deploy an additional 150 personnel to Estonia ...,
bringing the total British presence there to around 1,050") is as planned as the move, however far back
the move's plan is told; after a move told done it stands."""

from tests.conftest import posture_with_qualifiers


def test_total_after_a_planned_move_far_back_is_planned(ex):
    text = (
        "The Defence Secretary confirmed that the United Kingdom will deploy an additional 150 personnel to Estonia "
        "as part of Operation Cabrit, bringing the total British presence there to around 1,050."
    )
    assert ("United Kingdom", "Estonia", 1050, "around (planned)") in posture_with_qualifiers(ex, text)


def test_reworded_plans_to_send(ex):
    text = "Poland plans to send 500 more troops to Lithuania, bringing the Polish contingent in the country to some 1,200."
    assert ("Poland", "Lithuania", 1200, "some (planned)") in posture_with_qualifiers(ex, text)


def test_control_total_after_a_move_done_stands(ex):
    text = "Canada sent 300 more soldiers to Latvia, bringing its force there to 2,000."
    assert ("Canada", "Latvia", 2000, None) in posture_with_qualifiers(ex, text)
