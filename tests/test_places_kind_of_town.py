"""A town told before the kind of the place it holds ("the Donetsk town of X", "the Kharkiv suburb of Y") only says
where that place lies: the place after "of" is the scene (not the first among equals, the holder), unless the name
after "of" reads a namesake far from the holder."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    return [(i.location, i.country) for i in ex.extract(text, id="t", published=date(2025, 3, 14)).incidents]


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("Artillery fire hit the Donetsk town of Kostiantynivka on Tuesday, wounding four people, the governor said.",
         [("Kostiantynivka", "Ukraine")]),
        ("A missile struck a warehouse in the Kharkiv suburb of Pisochyn on Tuesday, wounding four workers, police said.",
         [("Pisochyn", "Ukraine")]),
    ],
)  # fmt: skip
def test_the_place_after_its_kind_and_of_is_the_scene(ex, text, seen):
    assert _seen(ex, text) == seen


def test_control_a_town_told_in_another_keeps_its_reading(ex):
    text = "Artillery fire hit Kostiantynivka in the Donetsk region on Tuesday, wounding four people, the governor said."
    assert _seen(ex, text) == [("Kostiantynivka", "Ukraine")]
