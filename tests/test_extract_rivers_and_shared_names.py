"""Places shared or told by their side: a town name two countries share, and a river of several, is placed by
the story's countries; a compass side of a town or river places troops in its country; a known town's
district is written as told."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _places(ex: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 4))
    return [(i.location, i.country) for i in facts.incidents]


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 4))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the town's own name weighs for neither country: the attribution's people decide
        ("An Israeli drone hit a van near Sur on Sunday, killing a man, the Lebanese health ministry said.", "Lebanon"),
        ("Israeli jets bombed a house in Sur on Sunday, Lebanon's state news agency said.", "Lebanon"),
        ("A blast shook a fish market in Sur, a port town in Oman, on Monday, police said.", "Oman"),
        ("A drone was downed near Sur on Monday, Omani officials said.", "Oman"),
        # near miss: the other name of the Lebanese town, never Oman's
        ("Israeli jets struck near Tyre on Monday, Lebanon's army said.", "Lebanon"),
    ],
)
def test_a_town_name_two_countries_share_is_placed_by_the_story(ex, text, country):
    assert [c for _, c in _places(ex, text)] == [country]


def test_a_river_of_one_country_is_a_scene_in_it(ex):
    assert _places(ex, "Israeli jets struck targets north of the Litani river on Tuesday, Lebanon's army said.") == [
        ("Litani river", "Lebanon")
    ]


def test_a_river_of_two_countries_told_with_both_places_nothing(ex):
    """Rockets near a river of Syria's and Iraq's, told with Iraq's militias and a Syrian force: no stretch of it."""
    text = (
        "Two rockets landed near a US base east of the Euphrates on Monday, the SDF said. Iraqi militias "
        "have attacked US forces in Iraq and Syria many times."
    )
    assert ("Euphrates", "Iraq") not in _places(ex, text)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("A roadside bomb killed three policemen in Peshawar district on Monday, police said.", "Peshawar district"),
        ("Israeli strikes hit villages in Sur district on Friday, killing two, Lebanon's health ministry said.", "Sur district"),
        # near misses: a district's office or police, not the district as the place
        ("A bomb went off near the Peshawar district headquarters on Monday.", "Peshawar"),
        ("A bomb went off in Peshawar on Monday, district police said.", "Peshawar"),
    ],
)
def test_a_known_town_s_district_is_written_as_told(ex, text, where):
    assert [loc for loc, _ in _places(ex, text)] == [where]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The Lebanese army has sent about 5,000 soldiers south of the Litani river.", ("Lebanon", "Lebanon", 5000)),
        ("The Pakistani army has moved about 4,000 troops east of Peshawar.", ("Pakistan", "Pakistan", 4000)),
        ("The Lebanese army has sent about 5,000 soldiers north of Tyre.", ("Lebanon", "Lebanon", 5000)),
        ("Israel still keeps some 3,000 troops south of the Litani, Lebanese officials said.", ("Israel", "Lebanon", 3000)),
        ("Russia has gathered about 20,000 troops east of the Dnieper river, Ukrainian officials said.", ("Russia", "Ukraine", 20000)),
        ("Turkey keeps about 3,000 soldiers west of the Euphrates, Syrian officials said.", ("Turkey", "Syria", 3000)),
        # near miss: a side of a whole country lies outside it
        ("Russia has massed about 30,000 troops north of Ukraine, in Belarus.", ("Russia", "Belarus", 30000)),
    ],
)
def test_a_compass_side_of_a_town_or_river_places_troops_in_its_country(ex, text, level):
    assert _levels(ex, text) == [level]


def test_a_bare_side_with_no_place_is_no_level_at_home(ex):
    assert _levels(ex, "The Lebanese army has sent about 5,000 soldiers south of the river.") == []
