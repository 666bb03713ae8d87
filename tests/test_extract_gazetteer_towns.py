"""Towns of the Sahel's and Somalia's wars that the world list lacks or spells otherwise have a point."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _scenes(ex: Extractor, text: str) -> list[tuple[str | None, str | None, bool]]:
    facts = ex.extract(text, id="t", published=date(2025, 5, 12))
    return [(i.location, i.country, i.lat is not None) for i in facts.incidents]


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("Militants stormed an army camp in Mahaday on Monday, killing six soldiers.", ("Mahaday", "Somalia", True)),
        ("Gunmen raided a gendarmerie post in Djibasso on Monday, killing four.", ("Djibasso", "Burkina Faso", True)),
    ],
)
def test_a_town_the_world_list_lacks_is_placed_in_its_country_with_a_point(ex, text, scene):
    """The bundled gazetteer names the town, its country and its point."""
    assert _scenes(ex, text) == [scene]


def test_a_town_no_list_knows_still_has_no_point(ex):
    """Near miss: a made-up village in a named country keeps that country and no point."""
    text = "Gunmen raided a gendarmerie post in Zorbatenga, Burkina Faso, on Monday, killing four."
    assert _scenes(ex, text) == [("Zorbatenga", "Burkina Faso", False)]
