"""The states troops come from, listed after "from" ("personnel from Uganda, Ethiopia, Kenya, Egypt and
Djibouti"), are none of them where "in the country" is, however far down the list: the mission's country is.
A country placed as the troops' ground ("in Somalia") still is.

Every sentence here is self-written.
"""

from __future__ import annotations

from tests.conftest import posture_with_qualifiers

MISSION = "The African Union mission in Somalia will cut troops, its head said. "


def test_the_last_of_a_list_of_contributors_is_not_the_country(ex):
    text = (
        MISSION + "The mission, known as AUSSOM, has about 11,900 personnel from Uganda, Ethiopia, Kenya, Egypt and "
        "Djibouti. Uganda, the largest contributor, has about 4,500 soldiers in the country."
    )
    assert ("Uganda", "Somalia", 4500, "about") in posture_with_qualifiers(ex, text)


def test_reworded_with_contingents_of_a_peace_force(ex):
    text = (
        "The UN force in Lebanon is shrinking. UNIFIL has about 10,000 peacekeepers, with contingents from Italy, "
        "Spain, France and Ghana. Italy, the largest contributor, has about 1,000 soldiers in the country."
    )
    assert ("Italy", "Lebanon", 1000, "about") in posture_with_qualifiers(ex, text)


def test_a_country_placed_as_the_ground_is_the_country(ex):
    """Near miss: troops placed in a named state after the list."""
    text = MISSION + "Uganda has about 4,500 soldiers in Somalia, more than any other contributor."
    assert ("Uganda", "Somalia", 4500, "about") in posture_with_qualifiers(ex, text)
