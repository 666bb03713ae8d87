"""A barrage told over a whole country and its parts told after it: the salvo a participle counts is the
attack's count, a share of it "destroyed" is an interception, a toll told after that interception is the
barrage's, and one weapon of it told hitting a town is a strike of its own there (GUIDE: one record per real
event; count is the number of projectiles; the devset keeps a hit with its own town apart from the barrage)."""

from __future__ import annotations

from datetime import date

import pytest


def _read(ex, text):
    return ex.extract(text, id="t", published=date(2025, 5, 4)).incidents


_BARRAGE = (
    "Russia launched a large missile and drone attack on Ukraine's power plants overnight, firing 60 missiles "
    "and more than 100 drones, officials said on Sunday.\n"
)


def test_a_participle_counts_the_barrage(ex):
    attack = next(i for i in _read(ex, _BARRAGE) if i.type == "missile_attack")
    assert attack.count == 160


def test_the_participle_counts_only_after_the_event_noun(ex):
    # control: a count told before the noun, with no participle, is read as before
    text = "Russia launched 60 drones at Ukraine overnight, the largest drone attack in weeks, officials said on Sunday."
    attack = next(i for i in _read(ex, text) if i.type == "drone_attack")
    assert attack.count == 60


def test_a_share_of_the_salvo_destroyed_is_an_interception(ex):
    text = _BARRAGE + "The air force said it destroyed 50 of the missiles and 90 drones.\n"
    stopped = [i for i in _read(ex, text) if i.type == "interception"]
    assert [(i.count, i.location) for i in stopped] == [(140, "Ukraine")]


def test_things_destroyed_with_no_salvo_told_are_no_interception(ex):
    # control: no launch told before, so "destroyed" is no stop of weapons in flight
    text = "The air force said on Sunday it destroyed 50 of the drones stored at a depot near Orlivka."
    assert "interception" not in [i.type for i in _read(ex, text)]


def test_a_toll_after_the_interception_is_the_barrages(ex):
    text = (
        _BARRAGE
        + "The air force said it destroyed 50 of the missiles and 90 drones. "
        + "At least nine people were killed across the country, the president said.\n"
    )
    found = {i.type: i.casualties.killed for i in _read(ex, text)}
    assert found["missile_attack"] == 9
    assert found["interception"] is None


@pytest.mark.parametrize(
    "hit",
    [
        "In the western city of Lutsk, a missile struck a power substation, killing two workers.",
        "In the Lutsk region, a missile hit an industrial site, the governor said.",
    ],
)
def test_one_weapon_of_the_barrage_at_a_town_is_a_strike_of_its_own(ex, hit):
    text = _BARRAGE.replace("Ukraine's power plants", "Ukraine") + hit + "\n"
    rows = [(i.type, i.location, i.count) for i in _read(ex, text) if i.type == "missile_attack"]
    assert ("missile_attack", "Ukraine", 160) in rows
    assert len(rows) == 2
    assert any(loc.startswith("Lutsk") and n == 1 for _, loc, n in rows)


def test_a_small_attack_told_at_its_town_is_still_specified(ex):
    # control: a few missiles at a country, then the spot they hit, is one attack told closer up
    text = (
        "The rebels fired two missiles at Israel on Sunday, officials said.\n"
        "A missile struck a depot in the port of Ashdod, the police said.\n"
    )
    assert len([i for i in _read(ex, text) if i.type == "missile_attack"]) == 1
