"""Places of the wars' borders that the world list lacks (border towns and crossings, forests, border
temples) and first-level states named after their seats, told in self-written sentences: each is read
as a place of its country with a point for the map."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _incidents(text: str):
    return Extractor().extract(text, id="p", published=date(2025, 3, 10), fetched=None).incidents


def _places(text: str) -> list[tuple[str | None, str | None]]:
    return [(i.location, i.country) for i in _incidents(text)]


@pytest.mark.parametrize(
    "text,place",
    [
        ("Air defences shot down a drone near the town of Rafha on Monday, the Saudi defence ministry said.",
         ("Rafha", "Saudi Arabia")),
        ("Troops killed nine insurgents in a gunfight in the Sambisa forest on Tuesday, the army said.",
         ("Sambisa forest", "Nigeria")),
        ("Soldiers of both sides traded artillery fire near the Preah Vihear temple on Thursday, killing "
         "two villagers, officials said.", ("Preah Vihear temple", "Cambodia")),
        ("Militants fired rockets at the Kerem Shalom crossing on Sunday, wounding two soldiers, the "
         "army said.", ("Kerem Shalom crossing", "Israel")),
        ("Jets struck near the Jousieh crossing on the border on Friday, a security source said.",
         ("Jousieh crossing", "Syria")),
        ("Police said gunmen shot dead a shopkeeper in Rajouri on Monday.", ("Rajouri", "India")),
    ],
)  # fmt: skip
def test_a_border_place_the_world_list_lacks_is_in_its_country_at_its_point(text, place):
    (incident,) = _incidents(text)
    assert (incident.location, incident.country) == place
    assert incident.lat is not None and incident.lon is not None


@pytest.mark.parametrize(
    "text,place",
    [
        # a town the world list has keeps its own point and country
        ("Air defences shot down a drone near the town of Arar on Monday, the Saudi defence ministry said.",
         ("Arar", "Saudi Arabia")),
        # a town named like a listed border place, in another country's story, stays that story's
        ("Gunmen attacked a checkpoint near Khiam on Monday, killing two soldiers, Lebanese officials said.",
         ("Khiam", "Lebanon")),
    ],
)  # fmt: skip
def test_near_misses_keep_their_reading(text, place):
    assert _places(text) == [place]


@pytest.mark.parametrize(
    "text,place",
    [
        ("Gunmen abducted 20 villagers in Kaduna state on Sunday, police said.", ("Kaduna state", "Nigeria")),
        ("Troops killed ten bandits in the Rugu forest in Katsina state on Saturday, the army said.",
         ("Rugu forest", "Nigeria")),
    ],
)  # fmt: skip
def test_a_state_named_after_its_seat_is_the_state_in_lower_case_too(text, place):
    assert _places(text) == [place]


@pytest.mark.parametrize(
    "text,place",
    [
        # a capitalised state keeps its reading
        ("Bandits killed nine farmers in Kano State on Monday, police said.", ("Kano State", "Nigeria")),
        # the town alone stays the town
        ("Gunmen abducted 20 villagers in Kaduna on Sunday, police said.", ("Kaduna", "Nigeria")),
        # a state's office after the town's name is no province: the town is the scene
        ("Gunmen killed four villagers in Kaduna on Sunday, the Kaduna state governor said.",
         ("Kaduna", "Nigeria")),
    ],
)  # fmt: skip
def test_a_state_s_office_or_a_town_alone_keeps_its_reading(text, place):
    assert _places(text) == [place]


@pytest.mark.parametrize(
    "text,place,point",
    [
        ("An air strike killed five people in the Zeitoun neighbourhood of Gaza City on Wednesday, medics said.",
         "Zeitoun neighbourhood, Gaza City", (31.50, 34.47)),
        ("A car bomb exploded in the Karrada district of Baghdad on Sunday, killing 12 people, police said.",
         "Karrada district, Baghdad", (33.31, 44.37)),
    ],
)  # fmt: skip
def test_a_quarter_no_gazetteer_knows_is_drawn_at_its_town_s_point(text, place, point):
    (incident,) = _incidents(text)
    assert incident.location == place
    assert incident.lat is not None and abs(incident.lat - point[0]) < 0.1 and abs(incident.lon - point[1]) < 0.1


def test_a_village_told_in_a_province_named_after_its_seat_is_not_drawn_at_the_seat():
    (incident,) = _incidents(
        "Shelling killed three civilians in the Kafr Zeita village of Hama province on Monday, a monitor said."
    )
    assert incident.country == "Syria" and incident.lat is None


@pytest.mark.parametrize(
    "text,place",
    [
        ("Drones struck a car in the eastern Aleppo countryside on Tuesday, killing two fighters, a monitor "
         "said.", ("Aleppo countryside", "Syria")),
        ("Gunmen killed three members of the security forces in the Homs countryside on Friday, the interior "
         "ministry said.", ("Homs countryside", "Syria")),
    ],
)  # fmt: skip
def test_a_seat_s_countryside_is_its_province_not_the_city(text, place):
    assert _places(text) == [place]


@pytest.mark.parametrize(
    "text,place",
    [
        # a town told in the countryside is the scene
        ("Drones struck a car in the town of Manbij in the eastern Aleppo countryside on Tuesday, killing "
         "two fighters, a monitor said.", ("Manbij", "Syria")),
        # the city named alone stays the city
        ("Drones struck a car in Aleppo on Tuesday, killing two, a monitor said, as farmers in the "
         "countryside fled.", ("Aleppo", "Syria")),
    ],
)  # fmt: skip
def test_a_town_in_the_countryside_or_the_city_alone_keeps_its_reading(text, place):
    assert _places(text) == [place]
