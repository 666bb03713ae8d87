"""A site an armed party damaged, its means untold, reads as one it destroyed: force on the ground ("the RSF
damaged a power station"). Damage told of weather, or of no doer, stays no incident; a weapon that damaged a
site still struck it from the air."""

from __future__ import annotations

from datetime import date

import pytest


def _types(ex, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(i.type, i.location, i.actors) for i in ex.extract(text, id="t", published=date(2025, 3, 14)).incidents]


def test_site_damaged_by_armed_group_reads_as_destroyed(ex):
    damaged = _types(ex, "The RSF damaged a power station near Omdurman on Friday.")
    destroyed = _types(ex, "The RSF destroyed a power station near Omdurman on Friday.")
    assert damaged == destroyed == [("armed_clash", "Omdurman", ("Rapid Support Forces",))]


def test_group_telling_its_own_damage(ex):
    text = "The RSF said it had damaged an army depot near Omdurman on Friday."
    assert [t for t, _, _ in _types(ex, text)] == ["armed_clash"]


def test_drone_that_damaged_a_site_still_struck_it(ex):
    text = "An RSF drone damaged a power station near Omdurman on Friday."
    assert [t for t, _, _ in _types(ex, text)] == ["drone_attack"]


@pytest.mark.parametrize(
    "text",
    [
        # control: weather and unnamed doers damage no conflict
        "The storm damaged a power station near Omdurman on Friday.",
        "Officials said a power station near Omdurman was damaged on Friday.",
    ],
)
def test_damage_of_no_armed_doer_stays_no_incident(ex, text):
    assert _types(ex, text) == []
