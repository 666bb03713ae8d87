"""Posture: a clause contrasted with ", while" or ";" has its own subject and place, so a hosting verb
before it names no host of the figure in it, and a place in it is not the place of the figure before it;
a host in the figure's own clause still hosts."""

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
        "Cyprus hosts about 600 French troops, while Greece has some 250 French troops.",
        "Cyprus hosts about 600 French troops, while the air base in Greece has some 250 French troops.",
    ],
)
def test_each_clause_keeps_its_own_place(ex: Extractor, text: str) -> None:
    """The hosted figure stays with its host; the contrasted clause's figure with its own place."""
    assert _levels(ex, text) == [("France", "Cyprus", 600), ("France", "Greece", 250)]


def test_a_host_in_the_figures_own_clause_still_hosts(ex: Extractor) -> None:
    """Near miss: both clauses with a hosting verb keep their hosts."""
    text = "Cyprus hosts about 600 French troops, while Greece hosts some 250."
    assert _levels(ex, text) == [("France", "Cyprus", 600), ("France", "Greece", 250)]
