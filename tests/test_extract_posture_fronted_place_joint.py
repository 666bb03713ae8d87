"""A place closing a fronted phrase ("Under the UN force in Mali, ...") opens no list with the subject
after its comma: "Ghana and Togo keep 1,500 troops" is still two parties' joint figure, no one state's:
the mission the phrase names holds it."""

import pytest

from tests.conftest import posture_with_qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under the UN force in Mali, Ghana and Togo keep 1,500 troops.", [("MINUSMA", "Mali", 1500, None)]),
        ("Within the African Union force in Somalia, Kenya and Uganda keep 5,000 troops.", [("AUSSOM", "Somalia", 5000, None)]),
        # told "each", the figure is each party's
        ("In Mali, Ghana and Togo keep 1,500 troops each.",
         [("Ghana", "Mali", 1500, None), ("Togo", "Mali", 1500, None)]),
        # near misses: one party after the fronted phrase keeps its figure; a list after "alongside" is no subject
        ("Under the UN force in Mali, Ghana keeps 1,500 troops.", [("Ghana", "Mali", 1500, None)]),
        ("Alongside Kenya and Uganda, Ethiopia has 3,000 troops in Somalia.", [("Ethiopia", "Somalia", 3000, None)]),
    ],
)  # fmt: skip
def test_fronted_place_opens_no_list(ex, text, expected):
    assert posture_with_qualifiers(ex, text) == expected
