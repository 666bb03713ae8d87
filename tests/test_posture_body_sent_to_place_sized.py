"""A body told by where it was sent, its size in apposition after the place ("The deployment to Djibouti,
currently 1,500 personnel,") serves in that place, not in the place of the level told before.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_the_deployment_to_a_place_sized_after_it(ex):
    text = "The French force in Chad has 1,000 soldiers. The deployment to Djibouti, currently 1,500 personnel, is unchanged."
    assert posture_with_qualifiers(ex, text) == [("France", "Chad", 1000, None), ("France", "Djibouti", 1500, None)]


def test_an_owners_deployment_to_a_place(ex):
    text = "France's deployment to Djibouti, about 1,500 personnel, is unchanged."
    assert posture_with_qualifiers(ex, text) == [("France", "Djibouti", 1500, "about")]


def test_a_level_told_there_keeps_its_place(ex):
    """Control: the second level names no place; it stays where the first one is."""
    text = "The French force in Chad has 1,000 soldiers. The force, currently 1,000 personnel, is unchanged."
    assert posture_with_qualifiers(ex, text) == [("France", "Chad", 1000, None)]
