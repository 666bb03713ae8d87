"""Weapons or sites a state that flies its strikes far from home destroys or strikes on others' ground are
the target of a strike from the air, not its means (GUIDE: air_strike, raids by aircraft on a target); a
ship hit by a projectile of untold kind suffered a missile attack, as one that fell beside a ship does."""

from __future__ import annotations

from datetime import date

import pytest


def _read(ex, text):
    found = ex.extract(text, id="t", published=date(2025, 9, 20)).incidents
    return [(i.type, i.country, tuple(i.actors)) for i in found]


@pytest.mark.parametrize(
    "text",
    [
        "British forces destroyed two drone boats and a radar in rebel-held parts of Yemen on Friday, London said.",
        "US Navy jets destroyed five sea drones in Houthi-controlled areas of Yemen on Friday, the command said.",
        "American forces struck four rebel drones near Hodeidah in Yemen on Friday.",
    ],
)
def test_weapons_ruined_by_a_far_flier_were_struck_from_the_air(ex, text):
    got = _read(ex, text)
    assert len(got) == 1 and got[0][0] == "air_strike" and got[0][1] == "Yemen"


def test_weapons_ruined_by_a_home_army_stay_no_event(ex):
    # near miss: an army ruining drones in a store at home tells no strike
    text = "The army said on Friday it destroyed eleven drones kept in a shed near Kramatorsk."
    assert _read(ex, text) == []


def test_means_named_after_with_stays_the_means(ex):
    # near miss: what follows "with" is the means, not the target
    text = "Russian forces struck Sumy in Ukraine with drones on Friday, officials said."
    assert [g[0] for g in _read(ex, text)] == ["drone_attack"]


def test_ship_hit_by_a_projectile_is_a_missile_attack(ex):
    text = "A container ship was hit by a projectile 40 nautical miles south of Mokha on Friday, a maritime agency said."
    assert [g[0] for g in _read(ex, text)] == ["missile_attack"]


def test_depot_hit_by_a_projectile_keeps_its_reading(ex):
    # near miss: a site on land hit by a projectile keeps the type it had
    text = "A projectile struck a fuel depot near Mokha in Yemen on Friday, officials said."
    assert [g[0] for g in _read(ex, text)] == ["air_strike"]
