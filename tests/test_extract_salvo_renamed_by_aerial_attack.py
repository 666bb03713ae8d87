"""A mixed salvo counted by its launch verb and renamed as "the largest aerial attack" after it sums its
projectiles (GUIDE: count is the number of projectiles; a mixed salvo of missiles and drones is one
missile_attack), as it does when renamed "the largest attack"."""

from __future__ import annotations

from datetime import date

import pytest


def _counts(ex, text):
    return [(i.type, i.count) for i in ex.extract(text, id="t", published=date(2025, 7, 4)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania launched 300 drones and 20 missiles at Korvia overnight in the largest aerial attack of the war.",
        "Ruritania launched 300 drones and 20 missiles at Korvia overnight, the largest attack of the war.",
    ],
)
def test_mixed_salvo_renamed_sums(ex, text):
    assert _counts(ex, text) == [("missile_attack", 320)]


def test_air_strike_with_one_kind_counts_it(ex):
    """Control: jets' strike counted by one kind of munition keeps that number."""
    assert _counts(ex, "Israeli jets fired 12 missiles at a depot near Hama on Friday in a wide aerial attack.") == [("air_strike", 12)]
