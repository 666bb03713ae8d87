"""A live entry's dateline after its clock ("08:15 GMT - KYIV - ") is where the reporter files the entry from:
no narrower scene of an event its sentence tells at the whole country ("at Ukraine", "over Ukraine"), while an
event told with no wider place is still at the entry's town."""

from __future__ import annotations

from datetime import date

import pytest


def _placed(ex, text):
    f = ex.extract(text, id="t", published=date(2025, 3, 3))
    return [(i.type, i.location) for i in f.incidents]


@pytest.mark.parametrize(
    ("entry", "seen"),
    [
        ("07:50 GMT - KYIV - Russia sent 95 drones at Ukraine overnight, the air force said.", [("drone_attack", "Ukraine")]),
        ("07:50 GMT - POLTAVA - Russia fired 12 missiles against Ukraine overnight, the air force said.", [("missile_attack", "Ukraine")]),
        ("07:50 GMT - Kyiv - Russia sent 95 drones at Ukraine overnight, the air force said.", [("drone_attack", "Ukraine")]),
        # from the capital, a country's tally told by its air force is over the whole country
        ("07:50 GMT - KYIV - Ukraine's air force said 70 of the 95 drones sent overnight were downed.", [("interception", "Ukraine")]),
        # controls: the entry's own town when the sentence names no wider target, or names the country as "in"
        ("07:50 GMT - KYIV - A drone attack in Ukraine hit a bus depot, killing one driver.", [("drone_attack", "Kyiv")]),
        ("07:50 GMT - POLTAVA - Drones hit a gas plant overnight, killing one worker.", [("drone_attack", "Poltava")]),
        ("07:50 GMT - POLTAVA - Drones hit a gas plant in Ukraine overnight, killing one worker.", [("drone_attack", "Poltava")]),
        ("07:50 GMT - Drones hit a gas plant in POLTAVA overnight, killing one worker.", [("drone_attack", "Poltava")]),
    ],
)
def test_an_entrys_dateline_and_a_wider_target(ex, entry, seen):
    assert _placed(ex, "War in Ukraine: live updates\n\n" + entry + "\n") == seen
