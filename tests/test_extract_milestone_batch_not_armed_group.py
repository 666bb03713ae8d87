"""'group' as a batch of a force's own troops ('the first group leaves next week', 'a second group of
soldiers') names no armed group, so that batch's step and the same step told with its day are one plan;
fighters of a group ('the militant group will leave the town') stay another party's step."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 1, 14)


def _dues(ex: Extractor, text: str) -> list[str]:
    return sorted(m.due for m in ex.extract(text, id="x", published=PUB).milestones)


def test_a_batch_told_next_week_and_on_its_day_is_one_plan(ex):
    text = (
        'Spain will bring its trainers home from the base by the end of March. "The first group leaves next '
        'week," the minister said. The first 80 trainers will leave the base on January 21, the ministry said.'
    )
    assert _dues(ex, text) == ["2025-01-21", "2025-03-31"]


def test_an_armed_group_and_a_force_near_the_same_days_stay_two(ex):
    text = (
        "The militant group will leave the town next week under the deal, its spokesman said. "
        "The army will leave the town on January 21, the ministry said."
    )
    assert _dues(ex, text) == ["2025-01-21", "2025-01-26"]
