"""Posture: soldiers set free, swapped or let go from service (captives, not troops brought home) ("a swap freed 300 soldiers", "released
20,000 reservists", "400 troops were exchanged") are no troop level anywhere, nor is a figure listed
right after such a one; a verb of release with more words between it and the figure keeps the level."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _counts(ex: Extractor, text: str) -> list[int | None]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return [p.count for p in facts.troop_posture]


_BEFORE = "About 1,800 Italian soldiers serve in Lebanon. "


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("A swap brokered by Qatar on Tuesday freed 310 Russian soldiers and 305 Ukrainian troops.", 305),
        ("A swap brokered by Qatar on Tuesday freed 310 Russian soldiers and 305 Ukrainian troops.", 310),
        ("The army has released some 20,000 reservists back to their jobs.", 20000),
        ("Some 400 Armenian soldiers were exchanged under the deal.", 400),
        # (troops brought home from a deployment are a withdrawal, a level: see test_extract_posture_units_abroad)
    ],
)
def test_freed_or_released_troops_are_no_level(ex, text, wrong):
    assert wrong not in _counts(ex, _BEFORE + text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # near misses: a release of figures or a statement, the level told past it
        ("The ministry released a report saying 2,500 US troops remain in Syria.", 2500),
        ("About 900 US troops are in Syria, officials said after the release of the hostages.", 900),
    ],
)
def test_a_level_told_past_a_release_stays(ex, text, level):
    assert level in _counts(ex, _BEFORE + text)
