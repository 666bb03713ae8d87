"""Places: a named port beside its town keeps its name, and a site beside another site (an airport) is its own
scene, the other only locating it."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _places(ex: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 4))
    return [(i.location, i.country) for i in facts.incidents]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("A large blast tore through the Shahid Rajaee port near Bandar Abbas on Saturday, killing 20 people.",
         ("Shahid Rajaee port near Bandar Abbas", "Iran")),
        ("A drone struck the Khor al-Zubair port near Basra on Tuesday, officials said.", ("Khor al-Zubair port near Basra", "Iraq")),
        # near miss: a port named after its town is the town's
        ("Israeli jets struck the Hodeidah port on Tuesday.", ("Hodeidah port", "Yemen")),
    ],
)
def test_a_named_port_beside_its_town_keeps_its_name(ex, text, where):
    assert _places(ex, text) == [where]


def test_a_site_beside_an_airport_is_its_own_scene(ex):
    text = "A drone struck the Victory Base Complex near Baghdad International Airport on Monday."
    assert _places(ex, text) == [("Victory Base Complex", "Iraq")]


def test_a_spot_beside_a_town_is_still_written_with_it(ex):
    """Near miss: a place the gazetteer lacks beside a town keeps the town in its name."""
    text = "Russian forces shelled the Serebrianka forest near Kreminna on Monday, Ukraine's army said."
    assert _places(ex, text) == [("Serebrianka forest near Kreminna", "Ukraine")]
