"""Ground told as fought over ("fought for control of X") is the fight's scene, even when the gazetteer does not
know the name; ground fought over that names no place leaves the scene to the rest of the story."""

from __future__ import annotations

from datetime import date


def _places(ex, text: str) -> list[str | None]:
    facts = ex.extract("BUNIA, April 2 - " + text, id="x", published=date(2026, 4, 2))
    return [i.location for i in facts.incidents]


def test_a_town_fought_over_is_the_scene(ex):
    text = "CODECO militiamen and army troops fought for control of Lopa-Zandi on Tuesday, residents said."
    assert _places(ex, text) == ["Lopa-Zandi"]


def test_ground_fought_over_with_no_name_is_no_scene(ex):
    """Near miss: a road fought over names no spot of its own."""
    text = "CODECO militiamen and army troops fought for control of the main road on Tuesday, residents said."
    assert _places(ex, text) != ["main road"]
