"""Incident precision: a pattern's list carried past its clause break (branch ip55)."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def test_last_item_of_a_habit_list_is_no_event(ex):
    """A habit told of a list of deeds ("often carry out raids, airstrikes, and bombardments in X"): the
    list's last item, cut off by its ", and", is as much a pattern as the others, not an event."""
    text = (
        "Syrian army units regularly conduct ground raids, airstrikes, and artillery bombardments in Idlib "
        "province, a rebel stronghold."
    )
    assert ex.extract(text, id="x", published=date(2024, 5, 8)).incidents == ()


def test_list_after_one_event_stays(ex):
    """The same list told of one day's deeds is events: nothing marks a habit."""
    text = (
        "Syrian army units conducted ground raids, airstrikes, and artillery bombardments in Idlib province "
        "on Tuesday, the ministry said."
    )
    incidents = ex.extract(text, id="x", published=date(2024, 5, 8)).incidents
    assert "shelling" in [i.type for i in incidents]
