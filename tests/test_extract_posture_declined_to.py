"""Posture: "declined / decreased / increased to" a figure is a change of the troops' level, as "fallen to"
is, also across a which-clause between them; a share is no level."""

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
        "France's contingent in Chad, which Paris first sent in 1986, has declined to about 1,000.",
        "France's contingent in Chad, which Paris keeps under a defence accord, has decreased to about 1,000.",
        "France's troops in Chad, who guard the airbase outside the capital, have increased to about 1,000.",
    ],
)
def test_a_change_by_decline_or_increase(ex: Extractor, text: str) -> None:
    assert _levels(ex, text) == [("France", "Chad", 1000)]


def test_a_share_is_no_level(ex: Extractor) -> None:
    """Control: a percentage after the verb is no count of troops."""
    assert _levels(ex, "France's troops in Chad have increased to 40 percent.") == []
