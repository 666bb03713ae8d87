"""A dateline's year right before a short lead is the page's, not a toll's year: "KYIV, June 14, 2025 (Agency) -
Russian strikes killed 12 people" keeps its 12 dead; a year told as an earlier event's ("a blast in 2019 killed
more than 300") still counts nobody of this event."""

from __future__ import annotations

import pytest

from reporter.extract import casualties


@pytest.mark.parametrize(
    "text, killed",
    [
        ("KYIV, June 14, 2025 (Agency) - Russian strikes killed 12 people in Kharkiv overnight.", 12),
        ("GAZA CITY, 14 June 2025 - Israeli air strikes killed at least 25 Palestinians on Saturday.", 25),
        ("KABUL, June 14, 2025: Gunmen killed four police officers at a checkpoint.", 4),
    ],
)
def test_a_toll_after_a_datelines_year_stands(text, killed):
    assert [k for _, k, _ in casualties.find(text, 0, len(text)) if k] == [killed]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the year is an earlier event's
        "The attack was the deadliest since a bombing in 2019 killed more than 300 people.",
        "It was the worst attack on the city since a truck bomb in 2017 that killed more than 150 people.",
    ],
)
def test_a_year_of_an_earlier_event_still_counts_nobody(text):
    assert [k for _, k, _ in casualties.find(text, 0, len(text)) if k] == []
