"""A group's branch, affiliate or wing named by the group's possessive ("X's local branch claimed the
bombing") claims for the group: the group is the claimant. A group whose possessive names its men doing the
deed, or a branch that only acts, keeps its plain reading."""

from __future__ import annotations

from datetime import date

from tests.conftest import shared_extractor


def _actors(text):
    return [list(i.actors) for i in shared_extractor().extract(text, id="t", published=date(2026, 5, 4)).incidents]


def test_a_regional_branch_claims_for_its_group():
    text = "The Islamic State's eastern branch claimed the bombing that killed three guards near Raqqa on Friday."
    assert _actors(text) == [["Islamic State (claimed)"]]


def test_a_branch_right_before_the_claim_claims_for_its_group():
    text = "The Islamic State's affiliate claimed the bombing that killed three guards near Raqqa on Friday."
    assert _actors(text) == [["Islamic State (claimed)"]]


def test_an_affiliate_named_by_its_country_claims_responsibility():
    text = "Al-Qaeda's Somali affiliate claimed responsibility for the attack that killed five troops in Baidoa on Friday."
    assert _actors(text) == [["Al-Qaeda (claimed)"]]


def test_a_plain_claim_keeps_its_group():
    """Near miss: the group claims in its own name."""
    text = "The Islamic State claimed the bombing that killed three guards near Raqqa on Friday."
    assert _actors(text) == [["Islamic State (claimed)"]]


def test_a_wing_that_fires_is_the_doer_not_a_claimant():
    """Near miss: the wing acts, it claims nothing."""
    text = "Hezbollah's armed wing fired rockets at Kiryat Shmona on Friday."
    assert _actors(text) == [["Hezbollah"]]
