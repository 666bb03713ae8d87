"""A weekday's word before it reads the same when it opens the sentence: "Last Monday, ..." told on a Monday is
the Monday a week before, as "... last Monday" is; "this past Monday" is read as "last Monday"."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2025, 6, 2)  # a Monday


def dated(ex, text: str) -> list[str]:
    facts = ex.extract("The officials spoke on Monday. " + text, id="x", published=PUBLISHED)
    return [str(i.date) for i in facts.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Last Monday, gunmen attacked a checkpoint in Hilltown, killing four policemen.",
        "This past Monday, gunmen attacked a checkpoint in Hilltown, killing four policemen.",
        "Gunmen attacked a checkpoint in Hilltown this past Monday, killing four policemen.",
        # (read so before)
        "Gunmen attacked a checkpoint in Hilltown last Monday, killing four policemen.",
    ],
)
def test_last_monday_told_on_a_monday_is_a_week_before(ex, text):
    assert dated(ex, text) == ["2025-05-26"]


def test_a_bare_monday_told_on_a_monday_is_the_day_itself(ex):
    assert dated(ex, "On Monday, gunmen attacked a checkpoint in Hilltown, killing four policemen.") == ["2025-06-02"]
