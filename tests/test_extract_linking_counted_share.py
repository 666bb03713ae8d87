"""A share of a salvo counted by its number alone and told hitting a town of its own ("Two struck a depot in X"
after a salvo over the whole country) is a part of it there, as "One struck" is: the salvo stays whole over the
country and the share is a strike at its own town (GUIDE: one record per real event)."""

from __future__ import annotations

from datetime import date

import pytest


def _rows(ex, text):
    facts = ex.extract(text, id="t", published=date(2025, 4, 5))
    return sorted((i.type, i.location, i.count) for i in facts.incidents if i.type != "interception")


@pytest.mark.parametrize(
    "share",
    [
        "Two struck a fuel depot in Lviv.",
        "Three of them hit a fuel depot in Lviv.",
        "One struck a fuel depot in Lviv.",
    ],
)
def test_a_counted_share_hitting_a_town_is_its_own_strike(ex, share):
    text = "Russia launched 50 drones at Ukraine overnight. Most were shot down. " + share
    rows = _rows(ex, text)
    assert ("drone_attack", "Ukraine", 50) in rows
    assert any(r[0] == "drone_attack" and r[1] == "Lviv" for r in rows)
    assert len(rows) == 2


def test_a_share_of_a_salvo_at_the_town_stays_the_salvo(ex):
    rows = _rows(ex, "Russia launched 50 drones at Lviv overnight. Two struck a fuel depot.")
    assert rows == [("drone_attack", "Lviv", 50)]


def test_a_counted_share_downed_over_a_town_is_no_strike(ex):
    facts = ex.extract(
        "Russia launched 60 drones at Ukraine overnight. Two were shot down over Kyiv.", id="t", published=date(2025, 4, 5)
    )
    assert [(i.type, i.location) for i in facts.incidents if i.type != "interception"] == [("drone_attack", "Ukraine")]
