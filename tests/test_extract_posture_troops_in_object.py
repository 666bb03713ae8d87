"""Posture: troops inside a prepositional phrase of another noun ("attacks on", "threats to", "funding
for") are no subject of the change after them: the figure counts that noun. A whole the troops make
up ("a contingent of", "the number of") keeps them the subject."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract("Officials spoke on Monday. " + text, id="t", published=date(2025, 3, 14))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    "text",
    [
        "Attacks on US troops in Iraq have increased to 170 since October.",
        "Rocket and drone attacks against American forces in Syria have climbed to 95 this year.",
        "Threats to French soldiers in Chad have risen to 40, the ministry said.",
    ],
)
def test_troops_in_an_object_phrase_are_no_level(ex: Extractor, text: str) -> None:
    assert _levels(ex, text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("US troops in Iraq have increased to 2,500.", ("United States", "Iraq", 2500)),
        ("The number of US troops in Iraq rose to 2,500.", ("United States", "Iraq", 2500)),
        ("A contingent of French troops in Chad has grown to 1,500.", ("France", "Chad", 1500)),
    ],
)
def test_troops_as_the_subject_keep_their_level(ex: Extractor, text: str, row: tuple[str, str, int]) -> None:
    """Control: the troops, or a whole they make up, are what changed."""
    assert _levels(ex, text) == [row]
