"""A defence ministry named by no country ("the Ministry of Defence", "the defence ministry") is no fixed
country's (it was read as Britain's): it is the country whose sky the air defences it tells of guard, else that
of the capital the story is filed from, else the one country the story names where the deed took place, as a
bare army is (test_extract_home_army_interceptor). A ministry with its country named keeps that country."""

from __future__ import annotations

from datetime import date

import pytest


def _actors(ex, text, typ):
    incs = ex.extract(text, id="t", published=date(2025, 3, 14)).incidents
    return [list(i.actors) for i in incs if i.type == typ]


@pytest.mark.parametrize(
    ("text", "typ", "actor"),
    [
        # its air defences downed drones over its own ground, whoever else the story names
        (
            "The Ministry of Defence announced that air defence units shot down a hostile drone over Kursk region on Tuesday.",
            "interception",
            "Russia",
        ),
        (
            "The defence ministry said air defence systems destroyed 14 Ukrainian drones over Bryansk region overnight on Tuesday.",
            "interception",
            "Russia",
        ),
        # filed from the capital: the ministry sits there, though the strike lands abroad
        (
            "LONDON (Wire) - The Ministry of Defence said its jets struck an Islamic State hideout near Mosul, Iraq, on Tuesday.",
            "air_strike",
            "United Kingdom",
        ),
    ],
)
def test_a_bare_defence_ministry_is_the_story_s_country_s(ex, text, typ, actor):
    assert _actors(ex, text, typ) == [[actor]]


@pytest.mark.parametrize(
    ("text", "typ", "actor"),
    [
        # the ministry's country told
        (
            "Britain's Ministry of Defence said a Royal Navy destroyer shot down a drone over the Red Sea on Tuesday.",
            "interception",
            "United Kingdom",
        ),
        (
            "Russia's defence ministry said its air defences shot down 12 Ukrainian drones over Belgorod region on Tuesday.",
            "interception",
            "Russia",
        ),
        # the doer named in the report keeps its name
        (
            "The Ministry of Defence said Turkish jets struck militant positions in northern Iraq on Tuesday.",
            "air_strike",
            "Turkey",
        ),
        # the deed told with no doer: none is lent
        (
            "The defence ministry said drones were shot down over Bryansk region on Tuesday. Kyiv did not comment.",
            "interception",
            None,
        ),
    ],
)
def test_near_miss_keeps_its_reading(ex, text, typ, actor):
    assert _actors(ex, text, typ) == [[actor] if actor else []]
