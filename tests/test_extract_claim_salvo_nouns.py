"""A salvo told again by what it was ("the launch", "the barrage", "the salvo") is the event a later claim
or blame refers to, as "the attack" is (GUIDE: a party claiming or blamed gets the suffix)."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 4)).incidents]


_EVENT = "Two ballistic missiles were fired from Yemen toward Eilat on Monday, the Israeli army said. "


@pytest.mark.parametrize(
    ("told", "actors"),
    [
        ("The Houthis claimed the launch.", ["Houthis (claimed)"]),
        ("The Houthis later claimed responsibility for the salvo.", ["Houthis (claimed)"]),
    ],
)
def test_claim_of_a_salvo_told_again(ex, told, actors):
    assert _actors(ex, _EVENT + told) == [actors]


def test_launch_of_something_else_claims_nothing(ex):
    """A launch named with what was launched ('of a campaign') is no salvo told again."""
    assert _actors(ex, _EVENT + "The Houthis marked the launch of a fundraising campaign.") == [[]]
