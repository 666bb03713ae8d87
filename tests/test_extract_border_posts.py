"""A post a state holds on a border lies on that state's side; a territory's border, as a country's, only locates."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor
from reporter.extract.document import Document
from reporter.extract.places import places_in


def _scenes(ex: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 5, 12))
    return [(i.location, i.country) for i in facts.incidents]


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("Mortar rounds struck an Israeli army post on the Gaza border on Monday.", ("Israel", "Israel")),
        ("A drone struck an Israeli army outpost near the Lebanese border on Monday.", ("Israel", "Israel")),
        ("Gunmen stormed a Pakistani army post along the Afghan border on Monday, killing two soldiers.", ("Pakistan", "Pakistan")),
    ],
)
def test_a_states_post_on_a_border_lies_in_that_state(ex, text, scene):
    """The post's owner, not the land across the border, is where the event happened."""
    assert _scenes(ex, text) == [scene]


def test_a_territorys_border_a_states_post_stands_on_is_a_reference_point(ex):
    """ "the Gaza border" after a state's post names a line with two sides, as "the Lebanese border" does."""
    text = "Mortar rounds struck an Israeli army post on the Gaza border on Monday."
    doc = Document.read(text, None, ex.lexicon)
    gaza = [p for p in places_in(doc, 0, len(text)) if p.name == "Gaza Strip"]
    assert [(p.role, p.border) for p in gaza] == [("ref", True)]


def test_a_territorys_border_told_alone_stays_the_scene(ex):
    """Near miss: with no state's post on it, an event on the territory's border is placed in the territory."""
    text = "Troops shot dead two men on the Gaza border on Monday."
    assert _scenes(ex, text) == [("Gaza", "Palestine")]


def test_a_post_inside_a_named_place_keeps_that_place(ex):
    """Near miss: a state's post told in a named place, not on a border, is at that place."""
    text = "Mortar rounds struck an Israeli army post in Gaza City on Monday."
    assert _scenes(ex, text) == [("Gaza City", "Palestine")]


def test_a_strike_into_a_territory_stays_there(ex):
    """Near miss: a territory named as the target, with no border after it, is the scene."""
    assert _scenes(ex, "Rockets hit Gaza on Monday, killing four.") == [("Gaza", "Palestine")]
