"""A war's toll told as background, dated by its own words long before the report ("The war erupted in April
2023 and has killed tens of thousands"), was at no scene of the news told just before it: it takes no village
from that event. A raid recalled at the same village by name keeps it.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 6, 1)
NEWS = "RSF fighters raided the village of Um Kadada in North Darfur on Friday, killing nine people. "


def _places(ex, text):
    return [(str(i.date), i.location) for i in ex.extract(text, id="t", published=DAY).incidents]


def test_a_wars_toll_takes_no_village(ex):
    text = NEWS + "The war between the army and the RSF erupted in April 2023 and has killed tens of thousands of people."
    assert all(loc is None or "Um Kadada" not in loc for day, loc in _places(ex, text) if day.startswith("2023"))


def test_reworded_as_a_conflict_begun(ex):
    text = NEWS + "The conflict, which began in April 2023, has killed more than 20,000 people."
    assert all(loc is None or "Um Kadada" not in loc for day, loc in _places(ex, text) if day.startswith("2023"))


def test_a_raid_recalled_at_the_village_keeps_it(ex):
    """Near miss: an earlier raid told at the village by name is there."""
    text = NEWS + "In March 2024, an RSF raid on the same village of Um Kadada killed 30 people."
    assert ("2024-03-01/2024-03-31", "Um Kadada") in _places(ex, text)
