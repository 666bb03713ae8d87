"""A salvo at a stated target, then "with" and a share of it brought down ("..., with most intercepted",
"with 90 shot down"): the salvo is an attack of its sender's, and the share brought down an interception,
never the sender's (the sentence's subject sent the weapons, it did not stop them): over a whole country
aimed at, that country's own air defences."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    return sorted((i.type, i.location, i.count, tuple(i.actors)) for i in incs)


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "Iran sent roughly 35 missiles at Israel on Sunday, with most intercepted.",
            [("interception", "Israel", None, ("Israel",)), ("missile_attack", "Israel", 35, ("Iran",))],
        ),
        (
            "Russia launched 120 drones at Ukraine overnight, with 90 shot down, the air force said.",
            [("drone_attack", "Ukraine", 120, ("Russia",)), ("interception", "Ukraine", None, ("Ukraine",))],
        ),
        (
            "Hezbollah fired 40 rockets into northern Israel on Sunday, with several of them intercepted.",
            [("interception", "northern Israel", None, ()), ("rocket_attack", "northern Israel", 40, ("Hezbollah",))],
        ),
        (
            "Iran fired 35 missiles at Israel on Sunday, most of them intercepted.",
            [("interception", "Israel", None, ("Israel",)), ("missile_attack", "Israel", 35, ("Iran",))],
        ),
    ],
)
def test_a_salvo_with_a_share_brought_down_is_the_attack_and_an_interception(ex, text, seen):
    assert _seen(ex, text) == seen


def test_with_and_a_weapon_is_the_means_not_a_share_brought_down(ex):
    # near miss: "with drones" tells the means of the attack; nothing was brought down
    assert _seen(ex, "Russia attacked Kharkiv with 40 drones on Sunday, with a war of words to follow.") == [
        ("drone_attack", "Kharkiv", 40, ("Russia",))
    ]
