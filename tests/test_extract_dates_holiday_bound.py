"""A bound before any fixed holiday told without its year looks ahead as "by Christmas" does: "by New
Year's Day" is the coming 1 January, "before Christmas Eve" the coming 24 December; told gone by, it
reads no bound date."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 3, 14)


def _dues(ex: Extractor, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The army said its engineers will leave the dam by New Year's Day.", "2026-01-01"),
        ("The army said its engineers will leave the dam before Christmas Eve.", "2025-12-24"),
        ("The army said its engineers will leave the dam by Christmas.", "2025-12-25"),  # control: as before
    ],
)
def test_a_holiday_bound_ahead_is_the_coming_holiday(ex, text, due):
    assert _dues(ex, text) == [due]


def test_a_holiday_bound_told_gone_by_gives_nothing(ex):
    assert _dues(ex, "About 200 marines reached the port before New Year's Day, the navy said.") == []
