"""The sky a weapon came from or through is the path of its attack, not an airspace event of its own
("the drone had crossed from Iraqi airspace"); a weapon that entered a country's airspace still is one."""

from __future__ import annotations

from datetime import date

import pytest


def _events(ex, text):
    f = ex.extract(text, id="t", published=date(2025, 6, 15))
    return [(i.type, i.country) for i in f.incidents]


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "A drone struck a US base in Hasakah province on Sunday, wounding three soldiers, a monitor said. "
            "The drone had crossed from Iraqi airspace, it said.",
            [("drone_attack", "Syria")],
        ),
        (
            "A missile fired from Yemen struck near Eilat on Friday, the military said. "
            "It had flown through Jordanian airspace, a spokesperson added.",
            [("missile_attack", "Israel")],
        ),
        (
            "Rockets hit a village near Kiryat Shmona on Monday, the army said. "
            "The rockets crossed via Lebanese airspace, it said.",
            [("rocket_attack", "Israel")],
        ),
    ],
)
def test_the_sky_a_weapon_came_through_adds_no_event(ex, text, want):
    assert _events(ex, text) == want


def test_a_weapon_that_entered_a_countrys_airspace_is_an_airspace_event(ex):
    """Near miss: "entered Polish airspace" is a violation over Poland (GUIDE: type other)."""
    got = _events(ex, "A Russian drone entered Polish airspace on Thursday, the Polish army said.")
    assert got == [("other", "Poland")]
