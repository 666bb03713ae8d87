"""A world-list spelling that closes on an English function word ("Benin by", a Scandinavian
name of Benin City) is no spelling of the place: "from Benin by March" names the country Benin,
not a Nigerian town.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers


def test_a_country_before_by_is_the_country(ex):
    text = "Belgium is to withdraw 1,200 troops from Benin by March, its defence ministry said."
    assert [p[:3] for p in posture_with_qualifiers(ex, text)] == [("Belgium", "Benin", 1200)]


def test_the_country_alone_is_unchanged(ex):
    """Control: no preposition after the name."""
    text = "Belgium has about 1,200 troops in Benin, its defence ministry said."
    assert [p[:3] for p in posture_with_qualifiers(ex, text)] == [("Belgium", "Benin", 1200)]
