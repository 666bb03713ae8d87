"""Places that must come out with their country: a world-list town after a described kind noun
("the coastal city of X"), and towns of the region's wars the world list lacks or spells otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


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
