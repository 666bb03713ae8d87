"""Posture: "the number of" counts the troops only when they are its own noun; troops after a word of
another noun's object ("the number of attacks on US forces", "complaints about German soldiers") leave
the figure to that noun."""

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
        "The number of attacks on US forces in Syria has reached 60.",
        "The total of rockets fired at British troops in Iraq stood at 35 by the end of the month.",
        "Complaints about German soldiers in Lithuania have grown to 300 this year, local officials said.",
    ],
)
def test_troops_in_another_nouns_object_are_no_level(ex: Extractor, text: str) -> None:
    assert _levels(ex, text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The number of US troops in Syria has reached 2,000.", ("United States", "Syria", 2000)),
        ("The number of NATO troops in Kosovo stands at 4,500.", ("NATO", "Kosovo", 4500)),
    ],
)
def test_the_number_of_troops_stays_a_level(ex: Extractor, text: str, row: tuple[str, str, int]) -> None:
    """Control: the troops are the number's own noun."""
    assert _levels(ex, text) == [row]
