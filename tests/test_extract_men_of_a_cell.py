"""Armed men held to belong to a group's cell ("gunmen thought to belong to an X cell") are the group's men,
suspected, even when the clause's object names another party and the event word comes later; a cell named
as the subject ("An X cell killed ...") is the group acting.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 12)


def _actors(ex, text):
    found = ex.extract(text, id="t", published=DAY).incidents
    assert len(found) == 1, found
    return found[0].actors


@pytest.mark.parametrize(
    "text, doer",
    [
        (
            "Gunmen thought to belong to an Islamic State cell shot dead four members of the Syrian Democratic "
            "Forces on Sunday in an ambush near a checkpoint in Deir ez-Zor province.",
            "Islamic State (suspected)",
        ),
        (
            "An Islamic State cell killed four members of the Syrian Democratic Forces on Sunday in an ambush "
            "near a checkpoint in Deir ez-Zor province.",
            "Islamic State",
        ),
    ],
)
def test_men_of_a_cell_are_the_groups(ex, text, doer):
    assert doer in _actors(ex, text)


def test_party_killed_stays_no_doer(ex):
    # the named party is only the object: with no doer named, nobody is
    text = (
        "Unknown gunmen killed four members of the Syrian Democratic Forces on Sunday in an ambush near a "
        "checkpoint in Deir ez-Zor province."
    )
    assert "Syrian Democratic Forces" not in _actors(ex, text)
