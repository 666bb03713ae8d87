"""A spot no gazetteer knows, in a story that names one country alone, once: in that country. Not when that
country is among the event's doers (a state's forces strike abroad), an ocean away (its officials speak of wars
abroad), or named only by its border (a border has two sides). A country named only as where the doers came
from or are based is none of the story's."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    return [(i.location, i.country) for i in incs]


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("Gunmen killed two soldiers in Kech district on Thursday, Pakistan's military said.", ("Kech district", "Pakistan")),
        ("Militants killed three soldiers in Bolan on Tuesday, Pakistani officials said.", ("Bolan", "Pakistan")),
        ("Gunmen killed four in the Sool region on Wednesday, Somali officials said.", ("Sool region", "Somalia")),
        ("Gunmen killed three villagers in Kupwara on Saturday, Indian police said.", ("Kupwara", "India")),
        (
            "Militants killed four Taliban fighters in the Takhar province on Wednesday.\n\n"
            "Afghanistan's interior ministry said the attackers fled.",
            ("Takhar province", "Afghanistan"),
        ),
        (
            "Insurgents raided villages in the Muidumbe district on Wednesday, killing five people.\n\n"
            "Mozambique's government blamed Islamic State.",
            ("Muidumbe district", "Mozambique"),
        ),
        # a second country named only as where the doers came from or are based
        (
            "Militants attacked a post in Tirah on Monday, killing two soldiers.\n\n"
            "Pakistan's army said the gunmen came from Afghanistan.",
            ("Tirah", "Pakistan"),
        ),
        (
            "Militants ambushed an army vehicle in the Poonch district on Thursday, killing four soldiers.\n\n"
            "India blamed Pakistan-based groups.",
            ("Poonch district", "India"),
        ),
    ],
)
def test_in_the_one_country_named(ex, text, seen):
    assert _seen(ex, text) == [seen]


@pytest.mark.parametrize(
    "text",
    [
        # the one country named is the striker's: its jets strike abroad
        "Israeli jets struck the Wadi Khaled Tahta district on Monday, killing two.",
        # officials an ocean away tell of a war abroad
        "Militants attacked a base in the Qasr Ghazal district on Monday, killing two soldiers, US officials said.",
        # the one country named is only where the gunmen came from
        "Gunmen from Mali attacked a post in the Tillia district on Monday, killing two soldiers.",
        # a country named only by its border
        "Gunmen attacked a post in the Kalyanivka district, near the Russian border, on Monday, killing two.",
    ],
)
def test_near_misses_stay_unplaced(ex, text):
    assert [c for _, c in _seen(ex, text)] == [None]


def test_the_country_lends_no_point(ex):
    # a district not told as the capital's: its country, with no coordinates of the capital's
    text = (
        "Gunmen attacked a police station in the Hodan district on Sunday, killing three officers.\n\n"
        "Somalia's government condemned the attack."
    )
    found = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    assert [(i.location, i.country, i.lat) for i in found] == [("Hodan district", "Somalia", None)]
