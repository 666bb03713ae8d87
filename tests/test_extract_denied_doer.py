"""A party that denies only its part in an event ("denied that it was behind a drone strike that killed two",
"denied any role in a bombing", "denied responsibility on Tuesday for a raid") tells the event as one that took
place, dated by the day told with it, not the day of the denial; a denial of the deed itself ("denied that it
fired rockets") still tells none."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 3, 12)  # a Wednesday
LEAD = "SIDON (Wire) - "


def _read(ex: Extractor, text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    return [
        (i.type, i.date, i.location, i.casualties.killed)
        for i in ex.extract(LEAD + text, id="x", published=PUB).incidents
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The army denied on Wednesday that it was behind a drone strike that killed three fishermen near Sidon on Monday.",
        "The army denied on Wednesday any role in a drone strike that killed three fishermen near Sidon on Monday.",
        "The army denied responsibility on Wednesday for a drone strike that killed three fishermen near Sidon on Monday.",
    ],
)
def test_a_denied_part_leaves_the_event_told_on_its_own_day(ex, text):
    assert _read(ex, text) == [("drone_attack", "2025-03-10", "Sidon", 3)]


def test_a_denied_deed_tells_no_event(ex):
    """Near miss: the deed itself denied, no one else telling it."""
    assert _read(ex, "The militia denied on Wednesday that it fired rockets at the port of Sidon on Monday.") == []
