""""Late on Thursday and early on Friday" tells the night between the two days, as "late Thursday and early
Friday" does; a second day opening a deed of its own after a comma stays that deed's day."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2025, 1, 3)  # a Friday


def dated(ex, text: str) -> list[tuple[str, str]]:
    facts = ex.extract("The officials spoke on Friday. " + text, id="x", published=PUBLISHED)
    return [(str(i.date), i.location) for i in facts.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Fighters shelled the town of Riverford late on Thursday and early on Friday, killing three farmers.",
        "Fighters shelled the town of Riverford late on Thursday and in the early hours of Friday, killing three farmers.",
        # (read so before)
        "Fighters shelled the town of Riverford late Thursday and early Friday, killing three farmers.",
    ],
)
def test_late_one_day_and_early_the_next_is_the_night_between(ex, text):
    assert dated(ex, text) == [("2025-01-02/2025-01-03", "Riverford")]


def test_a_second_day_after_a_comma_opens_its_own_deed(ex):
    text = "Fighters shelled the town of Riverford late on Thursday, and early on Friday gunmen attacked a checkpoint in Hilltown."
    assert dated(ex, text) == [("2025-01-02", "Riverford"), ("2025-01-03", "Hilltown")]
