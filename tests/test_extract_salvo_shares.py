"""A share of a salvo told by what got through ("all but three of the 40 missiles were intercepted") counts
the stopped as the salvo less that number, the attack as the whole salvo, and the sender of the salvo is no
interceptor of it (GUIDE: count is the number of projectiles; an interception's actor is the interceptor)."""

from __future__ import annotations

from datetime import date

import pytest


def _read(ex, text):
    found = ex.extract(text, id="t", published=date(2025, 5, 4)).incidents
    return {i.type: (i.count, i.actors) for i in found}


@pytest.mark.parametrize(
    ("text", "attack", "stopped"),
    [
        # the size told in the attack's own clause, the share after it in the same sentence
        (
            "The rebels fired about 30 rockets at Arvid on Saturday night, and all but four of the rockets were "
            "intercepted, the army said.",
            ("rocket_attack", 30),
            26,
        ),
        # the size named inside the share itself, the launcher after "by"
        (
            "Air defences destroyed all but two of 45 drones launched by the Colonels' Front at Belvale overnight, "
            "the air force said on Sunday.",
            ("drone_attack", 45),
            43,
        ),
        # the share told as "of them", after the salvo's count
        (
            "The Colonels' Front launched 60 drones at Belvale overnight, and air defences shot down all but five "
            "of them, officials said on Sunday.",
            ("drone_attack", 60),
            55,
        ),
    ],
)
def test_all_but_counts_the_rest_of_the_salvo(ex, text, attack, stopped):
    got = _read(ex, text)
    assert got[attack[0]][0] == attack[1]
    assert got["interception"][0] == stopped


def test_the_sender_of_the_salvo_is_not_its_interceptor(ex):
    text = "Hezbollah launched 60 drones at Belvale overnight, and air defences shot down most of them, officials said."
    assert _read(ex, text)["interception"][1] == ()


def test_an_interceptor_named_in_its_own_clause_is_kept(ex):
    # control: the stopping side named as the clause's subject is the actor
    text = "Hezbollah launched 60 drones at Belvale overnight, and Israeli jets shot down most of them, officials said."
    assert _read(ex, text)["interception"][1] == ("Israel",)


def test_a_share_with_its_size_gives_the_attack_the_whole(ex):
    text = "Air defences destroyed 30 of 45 drones launched by the Colonels' Front at Belvale overnight, officials said."
    got = _read(ex, text)
    assert (got["drone_attack"][0], got["interception"][0]) == (45, 30)


def test_all_but_with_no_size_told_counts_nothing(ex):
    # nothing says how many were fired, so nothing says how many were stopped
    text = "All but three of the missiles aimed at Belvale were intercepted on Sunday, the army said."
    assert _read(ex, text)["interception"][0] is None


@pytest.mark.parametrize(
    ("text", "stopped"),
    [
        # controls: a share told by what was stopped keeps its number
        ("The rebels fired 30 rockets at Arvid on Saturday, and four of the rockets were intercepted, the army said.", 4),
        (
            "The Colonels' Front launched 50 drones at Belvale on Sunday. Air defences shot down 12 of the drones, "
            "officials said.",
            12,
        ),
    ],
)
def test_a_share_told_by_the_stopped_keeps_its_number(ex, text, stopped):
    assert _read(ex, text)["interception"][0] == stopped
