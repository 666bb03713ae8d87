"""An assault a fighting force "thwarted" or "foiled" as it came was met with fire: a clash, as "repelled an
attack" is (GUIDE: armed_clash is raids met with fire), with the side that held beside the attacker. An attack
police foiled, one told planned, or one foiled with arrests was stopped before it began: no event."""

from __future__ import annotations

from datetime import date

import pytest


def _incidents(ex, text: str):
    return ex.extract(text, id="t", published=date(2025, 3, 3)).incidents


@pytest.mark.parametrize(
    ("text", "place", "day", "actors"),
    [
        ("NIAMEY (Wire) - Soldiers foiled an attack near Ayorou on Saturday, the defence ministry said.", "Ayorou", "2025-03-01", ()),
        ("The army said it thwarted a jihadist raid on a post near Diffa on Sunday.", "Diffa", "2025-03-02", ()),
        ("Congolese troops thwarted an M23 assault on Sake on Tuesday, the army said.", "Sake", "2025-02-25", ("M23", "Democratic Republic of Congo")),
    ],
)
def test_an_assault_a_force_foiled_is_a_clash(ex, text, place, day, actors):
    [inc] = _incidents(ex, text)
    assert (inc.type, inc.location, str(inc.date), inc.actors) == ("armed_clash", place, day, actors)


@pytest.mark.parametrize(
    "text",
    [
        "Police thwarted a plan to rob a bank.",
        "Police thwarted an attack on a church in Niamey on Saturday, the ministry said.",
        "Soldiers foiled a planned attack on a church in Niamey on Saturday, the ministry said.",
        "Security forces foiled an attack on a church in Niamey on Saturday, arresting three suspects.",
    ],
)
def test_an_attack_stopped_before_it_began_is_no_event(ex, text):
    """Control: foiled by police, told planned, or with arrests: nothing took place."""
    assert _incidents(ex, text) == ()
