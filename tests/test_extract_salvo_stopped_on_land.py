"""A counted salvo by a named launcher, a share of which a state's defences stopped over its own land, is an
attack on that land besides the interception, even with no target named: told as "N of the M drones that X
launched", "N of M drones launched by X", or as a launch followed by "downed N of them" in the next sentence
(GUIDE: the attack and its interception are two records; count is the number of projectiles)."""

from __future__ import annotations

from datetime import date

import pytest


def _read(ex, text):
    found = ex.extract(text, id="t", published=date(2025, 9, 18)).incidents
    return sorted((i.type, i.country, tuple(i.actors), i.count) for i in found)


@pytest.mark.parametrize(
    "text",
    [
        "KYIV (Wire) - The Ukrainian air force said on Thursday that it brought down 44 of the 61 drones that Russia "
        "sent during the night.",
        "KYIV (Wire) - The Ukrainian air force said on Thursday that it brought down 44 of 61 drones launched by "
        "Russia during the night.",
        "KYIV (Wire) - Russia launched 61 drones during the night, the air force said on Thursday. Air defences "
        "brought down 44 of them.",
    ],
)
def test_salvo_stopped_over_the_land_is_an_attack_on_it(ex, text):
    got = _read(ex, text)
    assert ("drone_attack", "Ukraine", ("Russia",), 61) in got
    assert ("interception", "Ukraine", ("Ukraine",), 44) in got


def test_uncounted_salvo_stays_only_stopped(ex):
    # near miss: no size of the salvo is told, so nothing but the interception is stated
    text = "KYIV (Wire) - The Ukrainian air force said on Thursday that it brought down 44 drones launched by Russia during the night."
    assert [g[0] for g in _read(ex, text)] == ["interception"]


def test_launcher_unnamed_stays_only_stopped(ex):
    # near miss: the relative clause names no launcher ("that were sent"), so no attacker is told
    text = "KYIV (Wire) - The Ukrainian air force said on Thursday that it brought down 44 of the 61 drones that were sent during the night."
    assert [g[0] for g in _read(ex, text)] == ["interception"]
