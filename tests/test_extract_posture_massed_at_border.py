"""Posture: a state's troops told as massed or gathered at a border named by a land neighbour across it
("on the X border") stand on the state's own side, as troops sent there do; neither nothing nor the
place a heading or the text before told. A border with no neighbour of theirs keeps its old reading."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return [(p.force, p.country, p.count) for p in facts.troop_posture]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Around 15,000 Indian soldiers are massed on the Pakistani border, officials say.",
         ("India", "India", 15000)),
        ("Some 40,000 Russian troops were gathered near the Ukrainian frontier last winter.",
         ("Russia", "Russia", 40000)),
        ("Syria border live\n\n07:30 GMT - Roughly 6,000 Turkish soldiers are now massed on the Syrian border.",
         ("Turkey", "Turkey", 6000)),
    ],
)
def test_troops_massed_at_a_neighbours_border_are_at_home(ex, text, level):
    assert level in _levels(ex, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # near misses: no land neighbour across the border, and troops massed inside a named place
        ("Some 1,500 Dutch troops are massed near the Russian border.", ("Netherlands", "Netherlands", 1500)),
        ("Some 4,000 Turkish troops are massed in northern Syria.", ("Turkey", "Turkey", 4000)),
    ],
)
def test_other_massed_troops_are_not_put_at_home(ex, text, wrong):
    assert wrong not in _levels(ex, text)
