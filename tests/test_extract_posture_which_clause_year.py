"""Posture: a which/who clause between the troops and their change of level may hold a year (a date, no
figure of troops); a clause holding a troop figure still stands between them."""

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
        "Turkey's contingent in Qatar, which Ankara first deployed in 2017 under a bilateral pact, has grown to about 5,000.",
        "Turkey's troops in Qatar, who first arrived in June 2017, have grown to about 5,000.",
        "Turkey's contingent in Qatar, which Ankara sent in mid-2017 and enlarged in 2019, has grown to about 5,000.",
    ],
)
def test_a_year_in_the_clause_is_no_figure(ex: Extractor, text: str) -> None:
    assert _levels(ex, text) == [("Turkey", "Qatar", 5000)]


def test_the_clause_without_a_year_still_reads(ex: Extractor) -> None:
    """Control: the clause with no digit at all reads as before."""
    text = "Turkey's contingent in Qatar, which Ankara first deployed under a bilateral pact, has grown to about 5,000."
    assert _levels(ex, text) == [("Turkey", "Qatar", 5000)]


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("Turkey's contingent in Qatar, which had 3,000 soldiers in 2020, has grown to about 5,000.", 3000),
        ("Turkey's contingent in Qatar, which had 2000 soldiers in 2020, has grown to about 5,000.", 2000),
    ],
)
def test_a_troop_figure_in_the_clause_stays_the_level_before(ex: Extractor, text: str, before: int) -> None:
    """Control: a figure of soldiers in the clause (year-shaped or not) stays the level before, read once."""
    facts = ex.extract(text, id="t", published=date(2025, 3, 14))
    assert sorted((p.count, p.qualifier) for p in facts.troop_posture) == [(before, "(former level)"), (5000, "about")]
