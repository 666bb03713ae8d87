"""Posture: a state's army that tells, by its possessive ("Chad's army says"), of soldiers its sentence
places in another country speaks of its own troops there, as "the Chadian army says" already read; the
figure had gone to a party the text told before. Its soldiers at home, or another party's named
fighters, keep their readings."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    "second",
    [
        "In Niger, Chad's army says about 900 soldiers are posted along the border zone.",
        "Chad's military said on Friday that 900 troops were posted in Niger.",
    ],
)
def test_the_armys_own_soldiers_abroad(ex: Extractor, second: str) -> None:
    text = "Spain keeps 400 soldiers in Mali. " + second
    assert ("Chad", "Niger", 900) in _levels(ex, text)
    assert ("Spain", "Niger", 900) not in _levels(ex, text)


def test_another_partys_named_fighters_stay_theirs(ex: Extractor) -> None:
    """Near miss: the army tells of fighters its words name as another's."""
    text = "Spain keeps 400 soldiers in Mali. Chad's army says 900 Boko Haram fighters are in Niger."
    assert ("Chad", "Niger", 900) not in _levels(ex, text)


def test_a_neighbours_border_keeps_the_troops_at_home(ex: Extractor) -> None:
    """Near miss: soldiers on a neighbour's border stand on the army's own side of it."""
    text = "Spain keeps 400 soldiers in Mali. Chad's army says 9,000 soldiers are guarding the Sudan border."
    assert ("Chad", "Chad", 9000) in _levels(ex, text)
