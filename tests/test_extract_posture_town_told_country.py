"""Troops "in the country" after a sentence that names a town, not a country: the town's country is the
one meant, never the foreign force's own (issue 8: a drawdown story placed its troops at home)."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

US = "United States"


def _levels(ex: Extractor, text: str) -> list[tuple[str, str, int]]:
    facts = ex.extract(text, id="x", published=date(2026, 4, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "American forces will give up a small outpost near Deir ez-Zor next month, a spokesman said. "
            "About 1,800 American soldiers are based in the country.",
            [(US, "Syria", 1800)],
        ),
        (
            "The army handed a checkpoint outside Kirkuk to Kurdish units on Sunday. "
            "Some 2,300 US troops remain in the country, officials said.",
            [(US, "Iraq", 2300)],
        ),
    ],
)
def test_the_country_after_a_town_is_the_towns(ex, text, expected):
    assert _levels(ex, text) == expected


def test_a_country_named_after_the_town_is_still_the_one_meant(ex):
    # near miss: the last place told is a country, which wins over the town before it
    text = (
        "Troops left a post near Deir ez-Zor last year and moved to Iraq in the spring. "
        "About 1,800 American soldiers are based in the country."
    )
    assert _levels(ex, text) == [(US, "Iraq", 1800)]
