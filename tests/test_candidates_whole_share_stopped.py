"""A share of a salvo told by the whole or near it ("Nearly all were destroyed", "All but two were shot down",
"The vast majority were destroyed"), in the sentence after the salvo, is the share stopped, as "Most were
destroyed" is: an interception, counted as the salvo less what got through when the share says how many got
through, else uncounted (GUIDE: count is the number of projectiles)."""

from __future__ import annotations

from datetime import date

import pytest

SALVO = "The Colonels' Front fired 40 drones at Ruritania overnight. "


def _stopped(ex, text):
    found = ex.extract(text, id="t", published=date(2025, 4, 5)).incidents
    return [i.count for i in found if i.type == "interception"]


@pytest.mark.parametrize(
    "share",
    [
        "Nearly all were destroyed, the air force said.",
        "Almost all of them were destroyed.",
        "All were destroyed over the north.",
        "The vast majority were destroyed, officials said.",
    ],
)
def test_whole_or_near_it_destroyed_is_stopped(ex, share):
    assert _stopped(ex, SALVO + share) == [None]


@pytest.mark.parametrize("verb", ["destroyed", "shot down", "intercepted"])
def test_all_but_some_counts_the_rest_of_the_salvo(ex, verb):
    # "all but three" got through three: 37 of the 40 stopped
    assert _stopped(ex, SALVO + f"All but three were {verb}, the air force said.") == [37]


@pytest.mark.parametrize(
    "text",
    [
        # a share of people or things, not of the salvo
        SALVO + "Nearly all residents were evacuated.",
        SALVO + "Almost all of the houses were destroyed.",
        # no salvo fired before the share
        "Fighting raged around Halden on Sunday, the army said. Nearly all were destroyed.",
    ],
)
def test_other_wholes_are_no_interception(ex, text):
    assert _stopped(ex, text) == []


def test_all_but_some_of_a_salvo_of_two_kinds_counts_nothing(ex):
    # two kinds counted before: no one salvo's size to take the rest from
    text = "The Colonels' Front fired 40 drones and four missiles at Ruritania overnight. All but three were shot down."
    assert _stopped(ex, text) == [None]
