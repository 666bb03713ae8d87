"""A charge "set off" by its bearer is a detonation (GUIDE: an explosion when a blast is the main fact):
a bomb, an explosive device or vest, a mine. What else is "set off" (sirens, alarms, a fire, fireworks,
a journey) is no blast."""

from __future__ import annotations

from datetime import date

import pytest


def _incidents(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="t", published=date(2025, 5, 7)).incidents]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen set off an explosive device near a convoy outside Kidal on Monday, a security source said.", "Kidal"),
        ("Insurgents set off a roadside bomb near a patrol in Helmand on Sunday, officials said.", "Helmand"),
        ("A fighter sets off a suicide vest at a checkpoint in Baidoa, police said on Tuesday.", "Baidoa"),
        ("Rebels were setting off landmines along the road to Goma on Monday, the army said.", "Goma"),
    ],
)
def test_a_charge_set_off_is_a_blast(ex, text, place):
    assert _incidents(ex, text) == [("explosion", place)]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters set off fireworks near the barracks in Gao on Monday, witnesses said.",
        "The drill set off air raid sirens in Kharkiv on Monday, officials said.",
        "The convoy set off for the border town of Kidal on Monday, the army said.",
        "The news set off a fierce debate in Kabul on Monday, officials said.",
    ],
)
def test_other_things_set_off_are_no_blast(ex, text):
    assert _incidents(ex, text) == []
