"""A level told by the state its troops come from ("1,200 troops from Ghana"), followed by further figures
from states with the noun left out (", 900 from Nepal and 600 from Fiji"), gives each state its level where
the first one is; figures from places a force left ("withdrew 500 troops from Iraq and 300 from Syria") are no
states' levels.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_each_state_of_a_from_list(ex):
    text = "The UN force in Lebanon counts 1,200 troops from Ghana, about 900 from Nepal and 600 from Fiji."
    assert posture_with_qualifiers(ex, text) == [
        ("Fiji", "Lebanon", 600, None),
        ("Ghana", "Lebanon", 1200, None),
        ("Nepal", "Lebanon", 900, "about"),
    ]


def test_places_left_are_no_states(ex):
    """Control: the "from" of a withdrawal names where the troops were, not whose they are."""
    text = "The United States withdrew 500 troops from Iraq and 300 from Syria last year."
    assert all(p[0] == "United States" for p in posture_with_qualifiers(ex, text))


def test_the_place_told_after_the_list(ex):
    """The list read, the place after it is every item's: "... and 900 from Nepal are in Lebanon"."""
    text = "About 1,200 troops from Ghana and 900 from Nepal are serving in Lebanon."
    assert posture_with_qualifiers(ex, text) == [("Ghana", "Lebanon", 1200, "about"), ("Nepal", "Lebanon", 900, None)]
