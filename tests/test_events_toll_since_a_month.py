"""Fighting whose toll is counted "since <month>" (a stretch of weeks) is one aggregate, dated from the month's start."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 1, 12)


def _rows(ex: Extractor, text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    return [(i.type, i.date, i.location, i.casualties.killed) for i in ex.extract(text, id="x", published=PUB).incidents]


def test_clashes_counted_since_last_month_are_an_aggregate_with_their_toll(ex):
    text = (
        "ALEPPO (Wire) — Clashes between rival factions in the town of Azaz have killed at least 45 people since "
        "December, a monitoring group said on Monday."
    )
    assert _rows(ex, text) == [("armed_clash", "2024-12-01/2025-01-12", "Azaz", 45)]


def test_control_a_war_counted_since_a_year_stays_background(ex):
    text = "ALEPPO (Wire) — The war has killed more than half a million people since March 2011, the group said."
    assert _rows(ex, text) == []


def test_control_a_bare_running_toll_lends_nothing_to_the_days_strike(ex):
    text = (
        "ALEPPO (Wire) — A drone strike killed four fighters near Azaz on Sunday, the group said. More than 45 "
        "people have been killed since December, it said."
    )
    assert [r[3] for r in _rows(ex, text)] == [4]
