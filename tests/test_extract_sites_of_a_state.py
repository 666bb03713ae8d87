"""A salvo told only as aimed at a state's forces' sites ("fired 300 rockets at 11 Israeli military sites"),
with no place named, lies in that state (GUIDE: ``country`` is where it happened), not dropped as placeless;
the doers' own forces named so place nothing."""

from __future__ import annotations

from datetime import date

import pytest


def _read(ex, text):
    return [(i.type, i.location, i.count) for i in ex.extract(text, id="t", published=date(2025, 5, 4)).incidents]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Hezbollah said on Sunday it had fired 150 rockets at nine Israeli army positions at dawn.", ("rocket_attack", "Israel", 150)),
        ("The Houthis said on Sunday they had launched 12 drones against Saudi military bases.", ("drone_attack", "Saudi Arabia", 12)),
    ],
)
def test_a_salvo_at_a_states_sites_lies_in_that_state(ex, text, row):
    assert row in _read(ex, text)


def test_the_doers_own_sites_place_nothing(ex):
    # control: a state's forces do not attack their own sites; nothing places the event
    text = "The Israeli army said on Sunday it had fired 150 shells at nine Israeli army positions by mistake."
    assert not any(loc == "Israel" and typ == "shelling" for typ, loc, _ in _read(ex, text))
