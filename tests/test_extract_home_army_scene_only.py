"""A bare army whose story names no country at all, only the event's own scene (a town read only after "near"
or "in", which by itself does not count as naming a country), is the scene's country's army: the scene is the
one country the story tells of. Another country named anywhere still leaves the army's country untold."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text, where):
    incs = ex.extract(text, id="t", published=date(2025, 3, 11)).incidents
    return [list(i.actors) for i in incs if i.location == where]


@pytest.mark.parametrize(
    ("text", "where", "actor"),
    [
        ("The army shot down two drones near Kassala on Monday.", "Kassala", "Sudan"),
        ("The army said on Monday it had shelled rebel hideouts near Kassala.", "Kassala", "Sudan"),
    ],
)
def test_the_scene_alone_gives_the_bare_army_its_country(ex, text, where, actor):
    assert _actors(ex, text, where) == [[actor]]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("The army shot down two drones near Kassala on Monday. Eritrea said it had no part in the raid.", "Kassala"),
        ("The army said drones were shot down near Kassala on Monday.", "Kassala"),
    ],
)
def test_near_miss_another_country_or_no_doer(ex, text, where):
    assert _actors(ex, text, where) == [[]]
