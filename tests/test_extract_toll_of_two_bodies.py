"""A toll told of the members of two bodies ("five members of the Revolutionary Guards and the police were
killed") counts those dead, and a later sentence telling the same attacks with that toll is the lead's event,
not a second, untyped one at the first town it names."""

from __future__ import annotations

from datetime import date

import pytest


def _incidents(ex, text, published=date(2025, 3, 10)):
    return [(i.type, i.location, i.casualties.killed) for i in ex.extract(text, id="t", published=published).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Five members of the Revolutionary Guards and the police were killed during an assault on a base in Rask.",
        "Five members of the army and the police were killed during an assault on a base in Rask.",
        "Five member of the Border Guard Command and the police were martyred when gunmen raided a post in Rask.",
    ],
)
def test_the_dead_of_two_bodies_are_counted(ex, text):
    assert [k for _, _, k in _incidents(ex, text)] == [5]


def test_a_figure_of_its_own_after_the_bodies_is_the_toll(ex):
    # near miss: the bodies speak, and the dead are the figure told after them
    text = "Members of the Revolutionary Guards and the police said two soldiers were killed during an assault on a base in Rask."
    assert [k for _, _, k in _incidents(ex, text)] == [2]


def test_the_retold_attacks_fold_into_the_lead(ex):
    text = (
        "A militant group said it carried out two raids in Sistan-Baluchistan province overnight in which five Iranian "
        "security men died, state television reported on Thursday.\n\n"
        "\"Five members of the Revolutionary Guards and the police were killed during two overnight raids on a Guards "
        "compound in Rask and a police station in Chabahar,\" an official told reporters."
    )
    found = _incidents(ex, text, date(2024, 4, 4))
    assert len(found) == 1 and found[0][2] == 5 and found[0][0] != "other"
