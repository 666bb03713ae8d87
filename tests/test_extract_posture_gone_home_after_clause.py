"""Posture: troops told as gone home ("have since returned home"), even with a clause on them between the
figure and the verb ("who served in Haiti"), are no level where they served; troops the clause places
there and that still serve keep their level."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract("Officials spoke on Monday. " + text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    "text",
    [
        "About 400 Chilean soldiers who helped rebuild roads in Haiti have since returned home.",
        "Some 400 Chilean soldiers in Haiti have since gone home.",
    ],
)
def test_troops_gone_home_are_no_level(ex: Extractor, text: str) -> None:
    """The troops gone home give no level where they served."""
    assert _levels(ex, text) == []


def test_troops_still_serving_keep_their_level(ex: Extractor) -> None:
    """Near miss: a clause placing the troops, and a verb that is no going home, keeps the level."""
    text = "About 400 Chilean soldiers who serve in Haiti have trained local police units."
    assert _levels(ex, text) == [("Chile", "Haiti", 400)]
