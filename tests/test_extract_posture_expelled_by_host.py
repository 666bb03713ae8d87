"""Posture: troops a state or its rulers expelled or ordered out ("Togo's junta, which expelled about
800 Belgian troops") were on that state's ground, so their level is placed there, not where the
text before last placed other troops."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


@pytest.mark.parametrize(
    "second",
    [
        "Togo's junta, which expelled about 800 Belgian troops in 2021, now hosts Turkish advisers.",
        "Togo's government ordered out about 800 Belgian troops in 2021.",
    ],
)
def test_troops_expelled_were_in_the_expelling_state(ex: Extractor, second: str) -> None:
    text = "In Benin, some 600 Belgian troops remain. " + second
    levels = _levels(ex, text)
    assert ("Belgium", "Togo", 800) in levels
    assert ("Belgium", "Benin", 800) not in levels


def test_a_force_expelling_others_from_a_named_place(ex: Extractor) -> None:
    """Near miss: an army that expels fighters from a place holds no level of theirs."""
    text = "In Benin, some 600 Belgian troops remain. Togo's army expelled 800 rebels from Ghana in 2021."
    assert [lv for lv in _levels(ex, text) if lv[2] == 800] == []
