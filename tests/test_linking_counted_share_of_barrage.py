"""A share of a barrage counted in tens over a country, told by its number alone in a sentence of its own as
hitting a town ("Most were shot down. Two struck a depot in X"), is a strike of its own there counting that
share, as one weapon of the barrage is (GUIDE: one record per real event; count is the number of projectiles),
while the barrage stays whole over the country."""

from __future__ import annotations

from datetime import date

import pytest

SALVO = "The Colonels' Front launched 50 drones at Ukraine overnight. "


def _rows(ex, text):
    found = ex.extract(text, id="t", published=date(2025, 3, 14)).incidents
    return sorted((i.type, i.location, i.count) for i in found)


@pytest.mark.parametrize(
    "hit",
    [
        "Most were shot down. Two struck a depot in Lviv.",
        "Most were shot down, but two struck a depot in Lviv.",
        "Two of them struck a depot in Lviv, the governor said.",
    ],
)
def test_counted_share_at_a_town_is_a_strike_of_its_own(ex, hit):
    rows = _rows(ex, SALVO + hit)
    assert ("drone_attack", "Ukraine", 50) in rows, rows
    assert ("drone_attack", "Lviv", 2) in rows, rows
    assert len([r for r in rows if r[0] == "drone_attack"]) == 2, rows


def test_share_of_a_salvo_at_its_own_town_stays_the_salvo(ex):
    # control: a salvo aimed at the town itself, a share of it hitting there, is that salvo told closer up
    rows = _rows(ex, "The Colonels' Front launched 50 drones at Lviv overnight. Two struck a depot.")
    assert [r for r in rows if r[0] == "drone_attack"] == [("drone_attack", "Lviv", 50)], rows


def test_share_of_a_small_salvo_stays_the_salvo(ex):
    # control: a few weapons at a country, then where they hit, is one attack told closer up
    rows = _rows(ex, "The Colonels' Front launched three drones at Ukraine overnight. Two struck a depot in Lviv.")
    assert len([r for r in rows if r[0] == "drone_attack"]) == 1, rows


def test_a_count_of_people_is_no_share(ex):
    # control: the subject names its own men, no share of the weapons
    rows = _rows(ex, SALVO + "Two gunmen attacked a checkpoint in Sumy.")
    assert ("drone_attack", "Ukraine", 50) in rows, rows
    assert not any(r[0] == "drone_attack" and r[1] == "Sumy" for r in rows), rows
