"""A place told with who holds or peoples it ("on rebel-held X", "in Kurdish-majority Y") is still after its locative word."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 3, 20)


def _places(ex: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    return [(i.location, i.country) for i in ex.extract(text, id="x", published=PUB).incidents]


def test_a_country_told_as_held_by_rebels_is_the_scene(ex):
    text = (
        "LONDON (Wire) — Late on Sunday, American jets carried out strikes on rebel-held Yemen, killing 19 people, "
        "the rebels' health ministry said."
    )
    assert _places(ex, text) == [("Yemen", "Yemen")]


def test_a_country_told_as_held_by_a_named_group_is_the_scene(ex):
    text = (
        "LONDON (Wire) — Late on Sunday, American jets carried out strikes on Houthi-controlled Yemen, killing 19 "
        "people, the rebels' health ministry said."
    )
    assert _places(ex, text) == [("Yemen", "Yemen")]


def test_control_a_town_told_as_held_stays_the_scene(ex):
    text = (
        "LONDON (Wire) — Late on Sunday, American jets carried out strikes on Houthi-held Hodeidah, killing 19 "
        "people, the rebels' health ministry said."
    )
    assert _places(ex, text) == [("Hodeidah", "Yemen")]
