"""Posture: the ground troops guard, patrol, secure or police, told as the verb's direct object with no
preposition ("now patrol Gao region"), is where they are, as "in Gao region" would be; such a level had
been given no place and dropped. A border named after the verb stays on its own rules (the far side's
state is not where the troops are)."""

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
        ("Roughly 9,000 Iraqi soldiers now guard Nineveh province after the floods.", ("Iraq", "Iraq", 9000)),
        ("More than 4,000 Nigerian troops are patrolling Borno state ahead of the vote.", ("Nigeria", "Nigeria", 4000)),
        ("Some 2,500 Kenyan soldiers secure the Gedo region under the new plan.", ("Kenya", "Somalia", 2500)),
    ],
)
def test_ground_guarded_as_object_places_the_level(ex, text, level):
    assert level in _levels(ex, text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # near misses, read as before: the ground told with a preposition, and a border with a neighbour
        ("Roughly 9,000 Iraqi soldiers are now posted in Nineveh province.", ("Iraq", "Iraq", 9000)),
        ("Some 2,500 Kenyan soldiers serve in the Gedo region under the new plan.", ("Kenya", "Somalia", 2500)),
    ],
)
def test_ground_told_with_a_preposition_keeps_its_place(ex, text, level):
    assert level in _levels(ex, text)


def test_a_neighbours_border_guarded_is_not_the_neighbour(ex):
    levels = _levels(ex, "Roughly 9,000 Iraqi soldiers now guard the border with Syria.")
    assert all(country != "Syria" for _, country, _ in levels)
