"""A blast told a stretch of days before or after a fight in the same sentence ("gunmen killed four in X on
Sunday, a day after a car bomb exploded in its market") is an event of its own, on its own day: the words set
them apart. A blast told right before the assault ("after a car bomb exploded at its gate", "hours after")
stays the assault's opening."""

from __future__ import annotations

from datetime import date

import pytest


def _read(ex, text):
    facts = ex.extract(text, id="x", published=date(2025, 6, 4))
    return sorted((i.type, i.date) for i in facts.incidents)


@pytest.mark.parametrize(
    ("text", "blast_day"),
    [
        ("Gunmen killed four people in Kherson on Sunday morning, a day after a car bomb exploded in the city's market.", "2025-05-31"),
        ("Gunmen killed two guards at a hotel in Mogadishu on Monday, two days after a truck bomb went off at its gate.", "2025-05-31"),
    ],
)
def test_a_blast_days_before_the_fight_is_its_own(ex, text, blast_day):
    found = _read(ex, text)
    assert ("explosion", blast_day) in found
    assert [t for t, _ in found].count("armed_clash") == 1


@pytest.mark.parametrize("gap", ["after", "hours after"])
def test_a_blast_right_before_the_assault_stays_its_opening(ex, gap):
    text = f"Militants stormed a hotel in Mogadishu on Monday, {gap} a truck bomb went off at its gate."
    assert [t for t, _ in _read(ex, text)] == ["armed_clash"]
