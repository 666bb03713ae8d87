"""A sentence that opens with "N days after <a thing> on <day>," whose opening tells no deed of its own: the day
there is the thing's, and the deed of the main clause came N days after it, as when the stretch trails."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2025, 6, 2)  # a Monday


def dated(ex, text: str) -> list[tuple[str, str]]:
    facts = ex.extract("The officials spoke on Monday. " + text, id="x", published=PUBLISHED)
    return [(str(i.date), i.location) for i in facts.incidents]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Two days after the truce began on Friday, gunmen attacked a checkpoint in Kherson.", "2025-06-01"),
        ("A week after the vote on May 20, gunmen attacked a checkpoint in Kherson.", "2025-05-27"),
        # (read so before: the stretch trails the deed)
        ("Gunmen attacked a checkpoint in Kherson two days after the truce began on Friday.", "2025-06-01"),
    ],
)
def test_the_deed_comes_the_stretch_after_the_opening_day(ex, text, day):
    assert dated(ex, text) == [(day, "Kherson")]


def test_an_opening_with_a_deed_of_its_own_keeps_its_day(ex):
    text = "Two days after rebels shelled Mykolaiv on Friday, gunmen attacked a checkpoint in Kherson."
    assert dated(ex, text) == [("2025-05-30", "Mykolaiv"), ("2025-06-01", "Kherson")]
