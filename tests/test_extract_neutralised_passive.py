"""Armed men told "neutralised" or "eliminated" as a passive's subject were killed, as in the active voice
("two terrorists were neutralised in an encounter in X": a fight with two dead); drones so told were downed."""

from __future__ import annotations

from datetime import date

import pytest


def _events(ex, text):
    f = ex.extract(text, id="t", published=date(2025, 6, 15))
    return [(i.type, i.location, i.casualties.killed) for i in f.incidents]


@pytest.mark.parametrize(
    "text, place, killed",
    [
        ("Two terrorists were neutralised by security forces in an encounter in Kupwara on Friday, police said.", "Kupwara", 2),
        ("Three militants were eliminated during an operation in Kech district on Saturday, the military said.", "Kech", 3),
        ("At least 12 insurgents were neutralized by troops near Damboa in Borno state on Thursday, the army said.", "Damboa", 12),
    ],
)
def test_armed_men_neutralised_in_the_passive_were_killed(ex, text, place, killed):
    got = _events(ex, text)
    assert [(t, k) for t, _, k in got] == [("armed_clash", killed)]
    assert got[0][1].startswith(place)


def test_drones_neutralised_in_the_passive_were_downed(ex):
    """Near miss: what flies, neutralised, was intercepted, and nobody was killed."""
    got = _events(ex, "Two drones were neutralised over Kursk on Friday, the defence ministry said.")
    assert got == [("interception", "Kursk", None)]


@pytest.mark.parametrize(
    "text, place",
    [
        ("Soldiers eliminated a terrorist in an encounter in Kupwara district on Friday, police said.", "Kupwara"),
        ("The army said troops neutralised a Boko Haram fighter near Damboa on Thursday.", "Damboa"),
        ("Commandos neutralized an armed militant during a raid in Kech district on Saturday, the military said.", "Kech"),
    ],
)
def test_one_armed_man_neutralised_in_the_active_voice_was_killed(ex, text, place):
    """One armed man "eliminated" or "neutralised", told by "a", is one killed (the plural gives its number)."""
    got = _events(ex, text)
    assert [(t, k) for t, _, k in got] == [("armed_clash", 1)]
    assert got[0][1].startswith(place)


def test_a_threat_eliminated_kills_nobody(ex):
    """Near miss: a thing "neutralised" by troops (a device, a threat) is no one killed."""
    got = _events(ex, "Army troops neutralised an explosive device near the town of Bama on Monday, the army said.")
    assert all(k is None for _, _, k in got)
