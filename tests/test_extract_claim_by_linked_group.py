"""A claim told by "claimed by the X-linked group Y" names Y, the group tied to the network, as the party
that claimed, not the network X before the link. A claim by a group named plainly keeps its reading."""

from __future__ import annotations

from datetime import date

from tests.conftest import shared_extractor


def _actors(text):
    return [list(i.actors) for i in shared_extractor().extract(text, id="t", published=date(2026, 3, 12)).incidents]


def test_the_group_after_the_link_claimed():
    text = (
        "Gunmen raided a gendarmerie post in Sebba on Monday, killing six gendarmes. "
        "The raid was claimed by the al-Qaeda-affiliated group JNIM in a message online."
    )
    assert _actors(text) == [["JNIM (claimed)"]]


def test_a_plain_claim_keeps_its_group():
    """Near miss: no link between the claim and the group's name."""
    text = "Gunmen raided a gendarmerie post in Sebba on Monday, killing six gendarmes. The raid was claimed by JNIM."
    assert _actors(text) == [["JNIM (claimed)"]]


def test_the_group_after_the_link_claimed_in_a_clause_of_its_own():
    text = (
        "Gunmen raided a gendarmerie post in Sebba on Monday, killing six gendarmes. "
        "The attack was claimed by the al-Qaeda-linked group JNIM, which posted photos of the post."
    )
    assert _actors(text) == [["JNIM (claimed)"]]
