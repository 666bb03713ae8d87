"""Posture: a former level told after an aside set off by commas ("..., largely instructors, down
from 900") is read as it is right after the place; an aside holding another figure, or a bare "from",
adds no former level of this one."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 4, 2))
    return sorted((p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture)


@pytest.mark.parametrize(
    "text",
    [
        "Italy keeps 400 soldiers in Lebanon, largely engineers and medics, down from 900 two years ago.",
        "Italy still has a presence in Lebanon. Italy keeps 400 soldiers in the country, most of them instructors, down from 900.",
    ],
)
def test_a_former_level_past_an_aside(ex: Extractor, text: str) -> None:
    levels = _levels(ex, text)
    assert ("Italy", "Lebanon", 400, None) in levels
    assert ("Italy", "Lebanon", 900, "(former level)") in levels


def test_a_bare_from_past_the_aside_adds_no_level(ex: Extractor) -> None:
    """Near miss: where the troops come from is no level."""
    text = "Italy keeps 400 soldiers in Lebanon, largely engineers, from 15 regiments."
    assert [lv[2] for lv in _levels(ex, text)] == [400]


def test_an_aside_with_a_figure_is_not_passed(ex: Extractor) -> None:
    """Near miss: the figure after the comma is another level, not an aside about this one."""
    text = "Italy keeps 400 soldiers in Lebanon, and 250 in Iraq, down from 600."
    assert ("Italy", "Lebanon", 600, "(former level)") not in _levels(ex, text)
