"""Posture: "the mission" sized in a sentence that names no mission is the mission the lexicon serves in
the country where the text placed troops last, not the contributing party told just before; a figure
of that party's own, or a sentence naming its mission, keeps its reading."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


_SOMALIA = "Kenya will keep some 1,400 soldiers in Somalia. Uganda has about 4,400 troops there. "
_LEBANON = "About 1,000 Italian troops are in Lebanon. Spain has 650 soldiers there. "


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (_SOMALIA + "The mission is capped at 11,000 uniformed personnel.", ("AUSSOM", "Somalia", 11000)),
        (_LEBANON + "The mission numbers about 10,000 peacekeepers.", ("UNIFIL", "Lebanon", 10000)),
        # a body's mission named by its body alone ("the UN mission") is found the same way
        ("About 1,000 Italian troops are in Lebanon. The UN mission numbers about 10,000 peacekeepers.",
         ("UNIFIL", "Lebanon", 10000)),
    ],
)
def test_the_mission_is_the_one_serving_where_troops_were_placed(ex, text, level):
    assert level in _levels(ex, text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # near misses: the contributors' own figures stay theirs
        (_SOMALIA + "The mission is capped at 11,000 uniformed personnel.", ("Uganda", "Somalia", 4400)),
        (_LEBANON + "The mission numbers about 10,000 peacekeepers.", ("Spain", "Lebanon", 650)),
    ],
)
def test_named_parties_keep_their_figures(ex, text, level):
    assert level in _levels(ex, text)
