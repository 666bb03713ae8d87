"""Strikes counted with a floor ("more than 20 strikes") on a bounded time told with them ("overnight", "on
Sunday") are one night's operation, an event the GUIDE keeps (a country-level item), as "repeatedly" within
days is; counted over a year or since a month, or in the perfect, they stay a pattern.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 6, 3)


def _told(ex, text):
    return [(i.type, i.location) for i in ex.extract(text, id="t", published=DAY).incidents]


def test_more_than_twenty_strikes_overnight_is_one_raid(ex):
    text = "U.S. warplanes carried out more than 20 strikes on Yemen overnight, the group's TV said on Tuesday."
    assert _told(ex, text) == [("air_strike", "Yemen")]


def test_reworded_at_least_forty_attacks_on_sunday(ex):
    text = "Israeli jets carried out at least 40 attacks across Gaza on Sunday, the civil defence agency said."
    assert [p for _, p in _told(ex, text)] == ["Gaza"]


def test_counted_over_a_year_stays_a_pattern(ex):
    # near misses: a year's count, and a tally since a month in the perfect, tell no one event
    assert _told(ex, "The army carried out more than 300 strikes on rebel areas this year, officials said on Monday.") == []
    assert _told(ex, "Since March, the United States has struck more than 800 targets in Yemen, a monitor said on Monday.") == []
