"""Posture: "the AU mission", a body's mission told by its noun, is the mission of that body the article names by
name, and a contributor's troops in it serve where that mission does."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 4))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The African Union mission in Somalia is running out of money. Uganda, the biggest troop contributor to "
         "the AU mission with some 4,500 soldiers, has warned it may leave.", ("Uganda", "Somalia", 4500)),
        ("UNIFIL patrols resumed on Monday. Indonesia, the largest contributor to the UN force with about 1,200 "
         "troops, said its soldiers were safe.", ("Indonesia", "Lebanon", 1200)),
    ],
)
def test_a_body_s_mission_told_by_its_noun_serves_where_the_named_one_does(ex, text, level):
    assert _levels(ex, text) == [level]


def test_a_body_s_mission_with_no_mission_named_places_nothing(ex):
    """Near miss: no mission of the body is named, so where its troops serve is not told."""
    text = "Uganda, the biggest contributor to the African Union force with some 4,500 soldiers, has warned it may leave."
    assert _levels(ex, text) == []
