"""Posture: a name that holds the troop word itself ("US troops", "American forces") is the force of a
level told past a relative clause, not a name inside that clause."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract("Officials spoke on Monday. " + text, id="t", published=date(2025, 3, 14))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("US troops in Iraq, who returned to fight the Islamic State, have grown to 2,500.", ("United States", "Iraq", 2500)),
        (
            "American forces in Syria, which were sent in 2015 to fight the Islamic State group, have fallen to about 900.",
            ("United States", "Syria", 900),
        ),
    ],
)
def test_the_named_troops_hold_the_level(ex: Extractor, text: str, row: tuple[str, str, int]) -> None:
    assert _levels(ex, text) == [row]


def test_troops_named_by_demonym_unchanged(ex: Extractor) -> None:
    """Control: a demonym before the troop word names them as before."""
    text = "German soldiers in Lithuania, who arrived to deter Russia, have grown to 1,800."
    assert _levels(ex, text) == [("Germany", "Lithuania", 1800)]
