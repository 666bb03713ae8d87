"""A change of a troop level that a party only weighs ("is considering cutting its force to about 500",
"discussing whether to shrink the contingent to 500", "mulling sending 2,000 more") is no level and no
plan made; a plan told as made keeps its planned figure, and a standing level only talked of stands."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2026, 3, 4)


def _levels(ex: Extractor, text: str) -> list[int | None]:
    return [p.count for p in ex.extract(text, id="x", published=PUB).troop_posture]


@pytest.mark.parametrize(
    "text",
    [
        "Paris is considering trimming its garrison in Chad to about 600 soldiers, aides said.",
        "Ministers are discussing whether to shrink the Mali contingent to 400 troops.",
        "Berlin is mulling sending 1,500 more soldiers to Lithuania.",
        "London is weighing a reduction of its force in Estonia to some 800 troops.",
    ],
)
def test_a_change_only_weighed_gives_no_level(ex: Extractor, text: str) -> None:
    assert _levels(ex, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Paris plans to trim its garrison in Chad to about 600 soldiers, aides said.", 600),
        ("Ministers are weighing options for the 900 French troops stationed in Chad.", 900),
    ],
)
def test_control_a_plan_made_or_a_level_talked_of_stays(ex: Extractor, text: str, count: int) -> None:
    assert count in _levels(ex, text)
