"""A dateline's own day is the report's: "KYIV, March 3 (Reuters) - ... on Tuesday" on a page stamped
March 5 counts the weekday back from March 3 (a Monday), not from the stamp. A dateline with no day, or
one on the stamp's own day, changes nothing."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2025, 3, 5)  # a Wednesday


def dated(ex, text: str) -> list[str]:
    return [str(i.date) for i in ex.extract(text, id="x", published=PUBLISHED).incidents]


def test_a_weekday_counts_from_the_datelines_day(ex):
    text = "KYIV, March 3 (Reuters) - Russian drones struck a power plant in Odesa on Tuesday, killing two workers."
    assert dated(ex, text) == ["2025-02-25"]


def test_yesterday_counts_from_the_datelines_day(ex):
    text = "Kharkiv, March 3 (Reuters) - A Russian missile hit an apartment block in Kharkiv yesterday, killing four."
    assert dated(ex, text) == ["2025-03-02"]


def test_a_dateline_without_a_day_changes_nothing(ex):
    text = "KYIV (Reuters) - Russian drones struck a power plant in Odesa on Tuesday, killing two workers."
    assert dated(ex, text) == ["2025-03-04"]
    text = "KYIV, March 5 (Reuters) - Russian drones struck a power plant in Odesa on Tuesday, killing two workers."
    assert dated(ex, text) == ["2025-03-04"]
