"""Places: a town's airport is the scene as written, at the listed site where one is listed under any
spelling of its town, else at the town's point."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _scenes(ex: Extractor, text: str) -> list[tuple[str | None, str | None, float | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 4))
    return [(i.location, i.country, i.lat) for i in facts.incidents]


@pytest.mark.parametrize("town", ["Arbil", "Irbil", "Hawler"])
def test_listed_airport_is_found_under_each_spelling_of_its_town(ex, town):
    """The list holds the base at the airport under one or two spellings; the town's others find it too."""
    text = f"An explosive-laden drone struck {town} International Airport on Saturday night, officials said."
    assert _scenes(ex, text) == [(f"{town} International Airport", "Iraq", 36.24)]


def test_the_town_alone_keeps_the_towns_point(ex):
    """Control: the town spelt another way, with no airport after it, is the town."""
    text = "An explosive-laden drone struck Arbil on Saturday night, officials said."
    assert _scenes(ex, text) == [("Arbil", "Iraq", 36.19)]


@pytest.mark.parametrize(
    "text, told",
    [
        ("Two drones came down near Kabul airport on Saturday, police said.", "Kabul airport"),
        ("Mortar rounds fell inside Mosul International Airport on Saturday, police said.", "Mosul International Airport"),
    ],
)
def test_unlisted_airport_of_a_listed_town_is_the_scene(ex, text, told):
    """No list holds the airport: it is written as told, at its town's point."""
    ((location, _, lat),) = _scenes(ex, text)
    assert location == told and lat is not None


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed a minibus on the Kabul airport road on Saturday, killing three.",
        "A drone struck Kabul's airport on Saturday, police said.",
    ],
)
def test_a_road_named_after_the_airport_or_the_towns_possessive_stays_the_town(ex, text):
    """Controls: a road named after the airport, and the town told as the airport's owner, keep the town."""
    assert [loc for loc, _, _ in _scenes(ex, text)] == ["Kabul"]


@pytest.mark.parametrize("told", ["Ain al Assad air base", "Ain al-Assad airbase"])
def test_a_listed_base_spelt_without_its_kind_word_keeps_the_kind_word_told(ex, told):
    """The list holds the base under spellings without "air base": the place is still written as told."""
    text = f"Two rockets landed inside {told} on Saturday, wounding a contractor, officials said."
    assert _scenes(ex, text) == [(told, "Iraq", 33.8)]


def test_a_listed_base_told_bare_stays_bare(ex):
    """Control: told with no kind word, the base is written as told."""
    text = "Two rockets landed inside Ain al Assad on Saturday, wounding a contractor, officials said."
    assert _scenes(ex, text) == [("Ain al Assad", "Iraq", 33.8)]


def test_a_towns_refugee_camp_is_the_camp_within_the_town(ex):
    """A camp named after its town and no list's own is written as told, at the town's point."""
    text = "Soldiers raided the Tubas refugee camp on Saturday, killing two gunmen, medics said."
    ((location, country, lat),) = _scenes(ex, text)
    assert (location, country) == ("Tubas refugee camp", "Palestine") and lat is not None


def test_the_town_raided_alone_stays_the_town(ex):
    """Control: with no camp told, the town is the place."""
    text = "Soldiers raided Tubas on Saturday, killing two gunmen, medics said."
    assert [loc for loc, _, _ in _scenes(ex, text)] == ["Tubas"]
