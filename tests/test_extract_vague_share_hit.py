"""A vague plural share of the weapons just told as the subject of a hit ("dozens struck", "hundreds hit") is
those weapons, as a number or "several" already was: the hit is typed by them, not read as a raid from the air."""

from __future__ import annotations

from datetime import date

import pytest


def _types(ex, text):
    return sorted({i.type for i in ex.extract(text, id="t", published=date(2025, 4, 6)).incidents})


@pytest.mark.parametrize("share", ["dozens", "hundreds", "several"])
def test_a_vague_share_of_the_missiles_is_the_missiles(ex, share):
    text = (
        f"Hezbollah fired some 400 rockets at Israel on Saturday; most were intercepted, but {share} struck "
        "near an army base outside Safed, the military said."
    )
    assert "air_strike" not in _types(ex, text)


def test_dozens_with_no_weapon_told_keeps_its_reading(ex):
    # near miss: no weapon told before, so "dozens" counts nothing the hit could be typed by
    text = "Dozens struck near an army base outside Safed on Saturday, the military said."
    assert not {"rocket_attack", "missile_attack"} & set(_types(ex, text))
