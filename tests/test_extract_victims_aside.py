"""A toll's subset set off by commas right before the event's place or day ("strikes killed four people,
including two children, in X on Sunday") opens no clause: the place and day after it are the event's own (the
event had been left with neither and dropped)."""

from __future__ import annotations

from datetime import date

import pytest


def _seen(ex, text):
    incs = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    return [(i.location, i.date, i.casualties.killed) for i in incs]


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("Israeli strikes killed four people, including two children, in Rafah on Sunday, medics said.", [("Rafah", "2025-03-09", 4)]),
        ("Israeli strikes killed four people, including two children, on Sunday in Rafah.", [("Rafah", "2025-03-09", 4)]),
        (
            "Israeli air strikes killed 20 people, including seven women, across Gaza on Monday, officials said.",
            [("Gaza", "2025-03-10", 20)],
        ),
    ],
)
def test_a_toll_s_subset_aside_keeps_the_place_and_day(ex, text, seen):
    assert _seen(ex, text) == seen


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        # near misses already read: the subset told last, or not set off before the place
        ("Israeli strikes killed four people in Rafah on Sunday, including two children.", [("Rafah", "2025-03-09", 4)]),
        ("A Russian missile killed five people, including a child, in Odesa on Tuesday.", [("Odesa", "2025-03-04", 5)]),
    ],
)
def test_near_miss_forms_read_before_stay(ex, text, seen):
    assert _seen(ex, text) == seen
