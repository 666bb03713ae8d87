"""A speaker's own arms told in three words ("the ministry said its air defence systems downed 25 drones") are
the speaker's, as its arms in one or two words are ("its air defences downed")."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    return [(i.type, i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("In Russia, the defence ministry said its air defence systems downed 25 drones over the Kursk region overnight.", "Russia"),
        ("Iran's army said on Saturday its air defence units shot down 12 drones over Tabriz.", "Iran"),
    ],
)
def test_the_speakers_arms_in_three_words_are_its_own(ex, text, actor):
    assert _seen(ex, text) == [("interception", (actor,))]


def test_its_arms_in_two_words_stay_its_own(ex):
    """Near miss (unchanged): "its air defences" was read so before."""
    got = _seen(ex, "Russia's defence ministry said its air defences downed 25 drones over the Kursk region overnight.")
    assert got == [("interception", ("Russia",))]
