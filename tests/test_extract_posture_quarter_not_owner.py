"""A place named after its preposition and a quarter word ("a base in northern Iraq with 2,000 soldiers") is
where the troops are, not whose they are: the sentence's subject owns the figure (issue 8: the host took the
figure and it was dropped as the host's own army)."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str, str, int]]:
    facts = ex.extract(text, id="x", published=date(2026, 10, 20))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey maintains a base in northern Iraq with some 2,000 soldiers.", [("Turkey", "Iraq", 2000)]),
        ("Russia keeps an air base in western Syria with about 4,000 personnel.", [("Russia", "Syria", 4000)]),
        # the figure after a comma takes the place told before it, quarter word and all
        ("The US keeps bases in eastern Syria, with about 900 troops.", [("United States", "Syria", 900)]),
    ],
)
def test_a_base_in_a_quarter_of_a_country_holds_the_subjects_troops(ex, text, expected):
    assert _levels(ex, text) == expected


def test_the_troops_placed_in_a_quarter_keep_their_reading(ex):
    # near miss: the figure before its place, as before
    assert _levels(ex, "The US has about 900 troops in eastern Syria.") == [("United States", "Syria", 900)]
