"""A sentence that denies any claim of the event just told and goes on to whom officials suspect or
blame ("no group claimed the attack, but police suspect X") gives the event that party, suspected or
blamed; a denial alone, or a suspicion of another deed, gives none."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 6, 11)
#: The event, told in a first sentence with no doer named.
EVENT = "A bomb hidden in a cart blew up beside an army truck on Monday near Kohat, killing three soldiers. "


def _actors(ex, follow: str) -> list[tuple[str, ...]]:
    got = ex.extract(EVENT + follow, id="x", published=PUB).incidents
    return [tuple(i.actors) for i in got if i.type == "explosion"]


@pytest.mark.parametrize(
    "follow, party",
    [
        ("No group claimed the attack, but officials suspected the Pakistani Taliban.", "Tehrik-i-Taliban Pakistan (suspected)"),
        ("Nobody has claimed the blast, though police suspect the Pakistani Taliban.", "Tehrik-i-Taliban Pakistan (suspected)"),
        ("No one has claimed the bombing, but officials blamed the Pakistani Taliban.", "Tehrik-i-Taliban Pakistan (blamed)"),
        ("There was no claim for the bombing, but the governor blamed the Pakistani Taliban.", "Tehrik-i-Taliban Pakistan (blamed)"),
    ],
)
def test_denied_claim_then_suspect(ex, follow, party):
    assert _actors(ex, follow) == [(party,)]


@pytest.mark.parametrize(
    "follow",
    [
        # a denial with no one suspected after it
        "No group claimed the attack, and officials gave no details.",
        # a suspicion tied to another deed told after the party
        "No group claimed the attack, but officials suspected the Pakistani Taliban of a raid on a post in May.",
    ],
)
def test_denied_claim_alone_names_nobody(ex, follow):
    assert _actors(ex, follow) == [()]
