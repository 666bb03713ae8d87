"""A town told after an event placed in a province is its scene only when the gazetteer's province codes
put the town in that province: nearness to the province's point no longer decides where they are known."""

from __future__ import annotations

from datetime import date

import pytest


def _places(ex, text: str) -> list[tuple[str, str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 3, 12))
    return [(i.type, i.location, i.country) for i in facts.incidents]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a town of another province, some 250 km off, is no scene of the province's event
        (
            "A patrol shot down a drone over Marib province on Monday. Relief workers reported food shortages around Taiz.",
            ("interception", "Marib province", "Yemen"),
        ),
        # a town of the province, farther than 300 km from its point, is where in it the event happened
        (
            "Militants attacked a passenger train in Balochistan on Tuesday. The train was attacked outside Sibi.",
            ("armed_clash", "Sibi", "Pakistan"),
        ),
        # control: a town near the province's point and in it stays the scene
        (
            "Militants ambushed a police convoy in Khyber Pakhtunkhwa on Sunday. The convoy came under fire near Bannu, officials said.",
            ("armed_clash", "Bannu", "Pakistan"),
        ),
    ],
)
def test_town_after_a_province_is_its_scene_by_province_code(ex, text, want):
    assert want in _places(ex, text)


def test_province_lookup_reads_codes():
    """The lookup itself: a town in the province, one outside it, and a region that lists no provinces."""
    from reporter.extract.places import Place, in_province

    marib = Place("Marib province", "Yemen", 15.46, 45.32, 3, 0, 0, "loc")
    assert in_province(Place("Taiz", "Yemen", 13.58, 44.02, 4, 0, 0, "loc"), marib) is False
    baloch = Place("Balochistan", "Pakistan", 28.5, 65.0, 3, 0, 0, "loc")
    assert in_province(Place("Sibi", "Pakistan", 29.54, 67.88, 4, 0, 0, "loc"), baloch) is True
    no_list = Place("Nowhere Region", "Pakistan", 28.5, 65.0, 3, 0, 0, "loc")
    assert in_province(Place("Sibi", "Pakistan", 29.54, 67.88, 4, 0, 0, "loc"), no_list) is None
