"""A dateline alone says where the reporter files from: a regional bureau's story of a neighbour ("BEIRUT -
Turkish drones struck near Manbij") keeps the neighbour's town, while a namesake far afield ("BAGHDAD - ... the
road towards Samara", the Russian city) stays a name as written in the dateline's country."""

from __future__ import annotations

from datetime import date

import pytest


def _places(ex, text):
    return [(i.location, i.country, i.lat is not None) for i in ex.extract(text, id="t", published=date(2025, 3, 3)).incidents]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("BEIRUT, March 3 (Wire) - Turkish drones struck a depot near Manbij on Sunday, a monitor said.", ("Manbij", "Syria", True)),
        ("AMMAN (Wire) - Gunmen ambushed a patrol outside Deir ez-Zor on Sunday, a monitor said.", ("Deir ez-Zor", "Syria", True)),
    ],
)
def test_bureau_story_of_a_neighbour_keeps_its_town(ex, text, place):
    assert _places(ex, text) == [place]


def test_namesake_far_from_the_bureau_is_a_name_as_written(ex):
    """Control: a world-list town thousands of kilometres off is no place of the bureau's story."""
    text = "BAGHDAD (Wire) - Gunmen attacked a checkpoint on the road towards Saratov on Monday, police said."
    assert _places(ex, text) == [("Saratov", "Iraq", False)]
