"""A sea's name before a settlement noun ("the Red Sea city", "the Black Sea port") names a town by its shore,
told elsewhere in the story: the event is at that town, not at sea. A port named after "of" ("the Red Sea
port of X") is that port, and a ship hit "in the Red Sea" is at sea."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

EX = Extractor()


def _places(text):
    return [(i.location, i.country) for i in EX.extract(text, id="t", published=date(2026, 1, 21)).incidents]


def test_the_sea_city_is_the_town_told_before():
    text = (
        "Drones struck fuel tanks in Port Sudan on Tuesday, officials said. "
        "It was the third day running of drone attacks on the Red Sea city."
    )
    assert _places(text) == [("Port Sudan", "Sudan")]


def test_the_sea_port_is_the_town_told_before():
    text = (
        "Ukrainian sea drones attacked Novorossiysk overnight, the governor said. "
        "Fires broke out after a drone attack on the Black Sea port, he added."
    )
    assert ("Black Sea", None) not in _places(text)


def test_a_ship_hit_in_the_sea_is_at_sea():
    """Near miss: the sea named as where a ship was, with no settlement noun after it."""
    text = "A cargo ship was hit by a missile in the Red Sea on Tuesday, a maritime agency said."
    assert _places(text) == [("Red Sea", None)]
