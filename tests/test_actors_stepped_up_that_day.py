"""A campaign told grown ("stepped up its strikes") with the day of its blows and the dead they left reports
that day's strikes, one event, and "its" is the grown campaign's subject's, even inside another party's
saying. Told with no day or toll, it stays a trend (no incident)."""

from __future__ import annotations

from datetime import date


def _incidents(ex, text: str) -> list[tuple[str, tuple[str, ...], int | None]]:
    facts = ex.extract(text, id="t", published=date(2025, 3, 14))
    return [(i.location, i.actors, i.casualties.killed) for i in facts.incidents]


def test_grown_campaign_with_day_and_dead_is_one_event(ex):
    text = "Hamas said Israel had intensified its air strikes on Rafah on Wednesday, killing five people."
    assert _incidents(ex, text) == [("Rafah", ("Israel",), 5)]


def test_grown_campaign_told_alone_is_its_subjects(ex):
    text = "Russia stepped up its attacks on Kharkiv on Tuesday, killing three civilians."
    assert _incidents(ex, text) == [("Kharkiv", ("Russia",), 3)]


def test_grown_campaign_with_no_day_or_toll_stays_a_trend(ex):
    # control
    assert _incidents(ex, "Israel has stepped up its strikes on villages in southern Lebanon in recent weeks.") == []
