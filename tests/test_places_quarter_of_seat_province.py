"""A quarter told "of" a province the gazetteer names after its seat and draws at it ("the X district of
Deir ez-Zor") lies in the seat town, at its point, as "the X district of Baghdad" does; one told of the province
by the province's word ("the X village of Idlib province") stays unplaced (the province is no town)."""

from __future__ import annotations

from datetime import date

import pytest


def _one(ex, text):
    (i,) = ex.extract(text, id="t", published=date(2025, 3, 14)).incidents
    return i


@pytest.mark.parametrize(
    ("text", "location", "point"),
    [
        ("Fighters stormed the Hay al-Wadi district of Deir ez-Zor on Friday, killing four guards, a monitor said.",
         "Hay al-Wadi district, Deir ez-Zor", (35.34, 40.14)),
        ("A drone hit a car in the Tal Hajar neighbourhood of Hasakah on Friday, killing two men, residents said.",
         "Tal Hajar neighbourhood, Hasakah", (36.50, 40.75)),
    ],
)  # fmt: skip
def test_a_quarter_of_a_province_named_after_its_seat_is_at_the_seat(ex, text, location, point):
    i = _one(ex, text)
    assert (i.location, i.country) == (location, "Syria")
    assert i.lat is not None and abs(i.lat - point[0]) < 0.05 and abs(i.lon - point[1]) < 0.05


def test_control_a_village_of_the_province_told_as_province_stays_unplaced(ex):
    i = _one(ex, "Shelling killed three civilians in the Kafr Barin village of Idlib province on Monday, a monitor said.")
    assert i.country == "Syria" and i.lat is None
