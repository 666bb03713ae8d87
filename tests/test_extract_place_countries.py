"""Places that must come out with their country: a world-list town after a described kind noun
("the coastal city of X"), and towns of the region's wars the world list lacks or spells otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _places(ex: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 10))
    return [(i.location, i.country) for i in facts.incidents]


@pytest.mark.parametrize(
    "text, expected",
    [
        # words that describe the kind of place between "in" and "<kind> of": the name after them is the scene
        ("Gunmen attacked a checkpoint in the coastal city of Tartus on Sunday, killing three soldiers.", [("Tartus", "Syria")]),
        ("Gunmen attacked a checkpoint in the strategic port city of Tartus on Sunday, killing three soldiers.", [("Tartus", "Syria")]),
        ("Gunmen attacked a checkpoint in the port of Tartus on Sunday, killing three soldiers.", [("Tartus", "Syria")]),
        ("Gunmen attacked a checkpoint in the coastal town of Jableh on Sunday, killing three soldiers.", [("Jableh", "Syria")]),
        ("Gunmen stormed a police station in the mountain village of Qardaha on Sunday, killing two officers.", [("Qardaha", "Syria")]),
        # a kind noun makes the name a place of the story, not a town of another country the world list spells alike
        (
            "Insurgents stormed a guesthouse in the northern town of Palma in Mozambique's Cabo Delgado province on Friday, killing dozens.",
            [("Palma", "Mozambique")],
        ),
        (
            "Insurgents stormed a guesthouse in the town of Palma in Mozambique's Cabo Delgado province on Friday, killing dozens.",
            [("Palma", "Mozambique")],
        ),
    ],
)
def test_world_town_after_a_described_kind_noun(ex, text, expected):
    assert _places(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # near misses: a town the fighters came from is no scene; an area word still reaches past a direction
        ("Fighters from the coastal city of Tartus attacked a checkpoint near Homs on Sunday, killing three soldiers.", [("Homs", "Syria")]),
        ("Gunmen attacked a checkpoint in a remote area of southern Jableh on Sunday, killing three soldiers.", [("Jableh", "Syria")]),
    ],
)
def test_described_kind_noun_near_misses(ex, text, expected):
    assert _places(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # towns of the wars of Ethiopia, DR Congo and Myanmar are known by their spellings, as the region's are
        ("Militia fighters attacked the town of Gondar on Sunday, killing six people.", [("Gondar", "Ethiopia")]),
        ("Fighting broke out in Maungdaw on Sunday, killing five civilians.", [("Maungdaw", "Myanmar")]),
        ("Rebels attacked the town of Walikale on Sunday, killing eight civilians.", [("Walikale", "Democratic Republic of Congo")]),
        ("Gunmen killed seven civilians in Oromia on Sunday.", [("Oromia", "Ethiopia")]),
        # "Tal" is the region's "Tall" or "Tell" as the world list spells it
        ("Turkish drones struck a village near Tal Tamr on Sunday, killing two fighters.", [("Tal Tamr", "Syria")]),
        ("Jihadists attacked an army base in Boulkessi on Sunday, killing ten soldiers.", [("Boulkessi", "Mali")]),
        ("Militants attacked an army post in the Hamrin mountains on Sunday, killing four soldiers.", [("Hamrin mountains", "Iraq")]),
    ],
)
def test_towns_of_the_wars_have_their_country(ex, text, expected):
    assert _places(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # near misses: "Tal" alone opens no name; a town the world list spells otherwise keeps its own reading
        ("Drones struck a village near Tal on Sunday, killing two fighters.", [("Tal", None)]),
        ("Turkish drones struck a village near Tell Tamer on Sunday, killing two fighters.", [("Tell Tamer", "Syria")]),
    ],
)
def test_town_spellings_near_misses(ex, text, expected):
    assert _places(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a country told in apposition to a name the gazetteer lacks places it, as "in X in Chad" would
        ("Fighters attacked a military base in Ngouboua, Chad, on Sunday, killing four soldiers.", [("Ngouboua", "Chad")]),
        ("Fighters attacked a military base near Kalamba, Mali on Sunday, killing four soldiers.", [("Kalamba", "Mali")]),
    ],
)
def test_country_in_apposition_places_an_unknown_name(ex, text, expected):
    assert _places(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # near misses: a list of countries after the name, and a capital with its country (a speaker's place)
        ("Gunmen attacked a market in Kalamba, Mali, Niger and Chad on Sunday, killing four people.", [("Kalamba", None)]),
        ("Speaking in Bamako, Mali on Sunday condemned an attack that killed four soldiers.", []),
    ],
)
def test_country_in_apposition_near_misses(ex, text, expected):
    assert _places(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Somali spelling is known as English news writes it: "x" as "h", a doubled vowel single
        ("Al-Shabaab fighters attacked a base in the town of Bardhere on Sunday, killing six soldiers.", [("Bardhere", "Somalia")]),
        ("Jihadists attacked the coastal town of Harardhere on Sunday, killing four soldiers.", [("Harardhere", "Somalia")]),
        # near misses: the Somali spelling itself still reads; a name no spelling rule reaches stays unplaced
        ("Militants attacked an army post in Baardheere on Sunday, killing five soldiers.", [("Baardheere", "Somalia")]),
        ("Militants attacked an army post in Bardheer on Sunday, killing five soldiers.", [("Bardheer", None)]),
    ],
)
def test_somali_spellings_as_news_writes_them(ex, text, expected):
    assert _places(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a country's adjective before works fixed in its ground names where they stand
        ("Ukrainian drones struck a Russian oil refinery overnight, regional officials said.", [("Russia", "Russia")]),
        ("A drone attack on a Saudi refinery on Sunday set off a large fire, officials said.", [("Saudi Arabia", "Saudi Arabia")]),
        ("Ukrainian drones hit a Russian airport on Sunday, the governor said.", [("Russia", "Russia")]),
        ("A Russian missile struck a Ukrainian power plant on Sunday, the operator said.", [("Ukraine", "Ukraine")]),
        # a markets story told from New York: the attack it reports happened where the refinery is, not at the dateline
        (
            "NEW YORK, March 10, 2025 - Stocks fell on Sunday after a drone attack on a Saudi refinery sent oil prices higher.",
            [("Saudi Arabia", "Saudi Arabia")],
        ),
        # near misses: a town named wins over the adjective, the Donbas town of New York among them
        ("Russian missiles struck a power plant in Kharkiv on Sunday, the mayor said.", [("Kharkiv", "Ukraine")]),
        ("Russian forces shelled a Ukrainian depot in New York in the Donetsk region on Sunday.", [("New York", "Ukraine")]),
    ],
)
def test_adjective_before_fixed_works_places_them(ex, text, expected):
    """A country's adjective before a refinery, airport, plant or depot places the attack in that country."""
    assert _places(ex, text) == expected
