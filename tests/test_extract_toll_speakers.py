"""A number of speakers after a toll ("killing 15 soldiers, two security sources said") counts who spoke,
not more of the dead; a group listed with the toll ("15 soldiers, two civilians") still adds to it."""

from __future__ import annotations

from datetime import date

import pytest


def _tolls(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    return [(i.casualties.killed, i.casualties.injured) for i in incs]


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        ("Gunmen raided a checkpoint near Djibo on Sunday, killing at least 11 soldiers, two security sources said.", [(11, None)]),
        ("A drone hit a market in Omdurman on Sunday, killing 9 people, three medical sources told Reuters.", [(9, None)]),
        (
            "Shells hit a camp near El Fasher on Sunday, killing 6 people and wounding 14, two aid workers said.",
            [(6, 14)],
        ),
        # controls: groups of the dead listed with the toll add to it; one person told after one still does
        ("Gunmen raided a checkpoint near Djibo on Sunday, killing 11 soldiers, two civilians and a guard.", [(14, None)]),
        ("Gunmen raided a checkpoint near Djibo on Sunday, killing a soldier and his son, the mayor said.", [(2, None)]),
    ],
)
def test_speakers_after_a_toll_are_not_its_dead(ex, text, tolls):
    assert _tolls(ex, text) == tolls
