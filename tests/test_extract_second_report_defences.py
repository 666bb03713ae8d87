"""A speaker's second report ("X said ..., and that air defences downed 70") has the speaker's own defences as its
subject when the speaker is a state or its force by name (GUIDE: an interception's actor is the interceptor)."""

from __future__ import annotations

from datetime import date

import pytest


def _interceptions(ex, text):
    found = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    return [i.actors for i in found if i.type == "interception"]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Ukraine's air force said on Monday that Russia launched 80 drones at Ukraine overnight, "
            "and that air defences downed 60 of the drones.",
            ("Ukraine",),
        ),
        (
            "Russia's defence ministry said Ukraine fired 30 drones at Belgorod overnight and that air defence systems "
            "shot down 25 of them.",
            ("Russia",),
        ),
    ],
)
def test_the_speakers_own_defences_downed_them(ex, text, actors):
    assert _interceptions(ex, text) == [actors]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a speaker that is no state, and a people's officials: no interceptor named
        ("Residents said Ukraine fired 30 drones at Belgorod overnight and that air defence systems shot down 25 of them.", ()),
        (
            "Russian officials said Ukraine fired 30 drones at Belgorod overnight and that air defence systems shot down "
            "25 of them.",
            (),
        ),
        # another state's defences named: they stopped them
        (
            "Russia's defence ministry said Ukraine fired 30 drones at Belgorod overnight and that Belarusian air defence "
            "systems shot down 25 of them.",
            ("Belarus",),
        ),
    ],
)
def test_no_speaker_defences_when_another_is_named(ex, text, actors):
    assert _interceptions(ex, text) == [actors]
