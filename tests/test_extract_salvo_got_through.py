"""A salvo told by the few that got through its target's shield ("only two got through", "three slipped past air
defences") was stopped but for them: an interception of the salvo's size less that number, beside the attack
(GUIDE: count is the number of projectiles). With no salvo counted, what got through tells no interception, and
weapons that got through and hit a target are still that strike."""

from __future__ import annotations

from datetime import date

import pytest


def _found(ex, text):
    return ex.extract(text, id="t", published=date(2025, 5, 4)).incidents


@pytest.mark.parametrize(
    ("text", "stopped"),
    [
        ("The Colonels' Front sent 30 drones at Belvale overnight. Only two got through, the air force said.", 28),
        ("The Colonels' Front sent 30 drones at Belvale overnight. Just four of them made it through, officials said.", 26),
        (
            "The Colonels' Front fired 25 missiles at Belvale on Saturday. Only three of the missiles got past "
            "the country's air defences, the army said.",
            22,
        ),
        (
            "The Colonels' Front launched 45 drones at the Belvale region overnight. Just five slipped past air defences "
            "and struck a fuel depot, the governor said.",
            40,
        ),
    ],
)
def test_what_got_through_leaves_the_rest_stopped(ex, text, stopped):
    found = _found(ex, text)
    assert [i.count for i in found if i.type == "interception"] == [stopped]
    assert any(i.type in ("drone_attack", "missile_attack") for i in found)


def test_no_salvo_counted_tells_no_interception(ex):
    text = "Two drones got through air defences and hit an apartment block in Belvale overnight, the mayor said."
    found = _found(ex, text)
    assert not [i for i in found if i.type == "interception"]
    assert [(i.type, i.count) for i in found] == [("drone_attack", 2)]


@pytest.mark.parametrize(
    "text",
    [
        # control: a share that struck is the attack's, no interception invented
        "The Colonels' Front sent 30 drones at Belvale. Two struck a depot in the city.",
        # control: what gets through on the ground is no weapon
        "The aid convoy got through to the besieged town on Tuesday. Two trucks got through the checkpoint.",
    ],
)
def test_no_interception_without_a_shield_passed(ex, text):
    assert not [i for i in _found(ex, text) if i.type == "interception"]
