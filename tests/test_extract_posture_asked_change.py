"""Posture: a change of a level only asked of another party ("urged Washington to increase the number of
American soldiers in the country to 20,000", "wants Germany to expand its brigade to 5,000") is no
one's level or plan; the holder's own plan stays planned."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None, str | None]]:
    facts = ex.extract("Officials spoke on Monday. " + text, id="t", published=date(2025, 3, 14))
    return sorted((p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture)


@pytest.mark.parametrize(
    "text",
    [
        "Poland's president urged Washington on Thursday to increase the number of American soldiers stationed in the country to 20,000.",
        "Lithuania wants Germany to expand its brigade in the country to 5,000 soldiers.",
        "Estonia has pressed Britain to double its battlegroup in the country to 2,000 troops.",
    ],
)
def test_a_change_only_asked_for_is_no_level(ex: Extractor, text: str) -> None:
    assert _levels(ex, text) == []


def test_the_holders_own_plan_stays_planned(ex: Extractor) -> None:
    """Control: the party that holds the troops plans the change itself."""
    text = "Germany plans to expand its brigade in Lithuania to 5,000 soldiers by 2027."
    assert _levels(ex, text) == [("Germany", "Lithuania", 5000, "(planned)")]
