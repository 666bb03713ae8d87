"""Linking: an attack told with no place, then a sentence telling where what it fired was aimed ("They
were aimed at X", "The drones were headed for X"), is placed there."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _incidents(ex: Extractor, text: str) -> list[tuple[str, str | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 4))
    return [(i.type, i.location) for i in facts.incidents]


@pytest.mark.parametrize(
    "second, place",
    [
        ("They were aimed at Ashkelon, officials said.", "Ashkelon"),
        ("The drones were apparently headed for Ashkelon, officials said.", "Ashkelon"),
    ],
)
def test_where_the_weapons_were_aimed_places_the_attack(ex, second, place):
    text = f"Gunmen in the strip launched three drones on Sunday, the army said. {second}"
    assert _incidents(ex, text) == [("drone_attack", place)]


def test_someone_else_heading_somewhere_places_nothing(ex):
    """Control: the sentence's subject is no thing the attack was told with."""
    text = "Gunmen in the strip launched three drones on Sunday, the army said. The envoys were heading to Ashkelon."
    assert ("drone_attack", "Ashkelon") not in _incidents(ex, text)
