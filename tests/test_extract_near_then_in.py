"""A place told by "near" and then the town "in" ("near X, in Y"): Y is the scene, X the point it is told by."""

from __future__ import annotations

from datetime import date

import pytest


def _places(ex, text):
    return [i.location for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A drone hit a grain store near Kharkiv, in Chuhuiv, on Monday, killing two workers.", "Chuhuiv"),
        ("Fighters overran an army post near Goma, in Sake, on Friday, killing four soldiers.", "Sake"),
        ("A drone hit a grain store near Kharkiv, in the town of Chuhuiv, on Monday, killing two workers.", "Chuhuiv"),
    ],
)
def test_the_town_after_in_is_the_scene(ex, text, place):
    assert _places(ex, text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # told the other way round: the town after "in" already wins
        ("A drone hit a grain store in Chuhuiv, near Kharkiv, on Monday, killing two workers.", "Chuhuiv"),
        # a wider place after "in" (a province) leaves the town after "near" the scene
        ("Gunmen shot dead three guards near Lahore, in Punjab province, on Thursday, police said.", "Lahore"),
        # no town after it: "near X" is the scene
        ("Gunmen shot dead three guards near Lahore on Thursday, police said.", "Lahore"),
    ],
)
def test_near_a_town_alone_or_with_a_wider_place_stays(ex, text, place):
    assert _places(ex, text) == [place]
