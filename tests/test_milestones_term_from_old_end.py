"""A mandate renewed for a length, its old end told in an aside ("which was due to expire on March 31"), runs on
from that end, not from the vote; the old end is no term still due."""

import datetime

import pytest

PUBLISHED = datetime.date(2025, 3, 14)


def _lines(ex, text):
    return [(m.due, m.what) for m in ex.extract(text, id="t", published=PUBLISHED).milestones]


@pytest.mark.parametrize(
    ("text", "due", "what"),
    [
        (
            "The observer mission's mandate, which was due to expire on April 30, was renewed for another six months.",
            "2025-10-30",
            "The observer mission's mandate was renewed for another six months",
        ),
        (
            "The council on Tuesday extended the observer mission's mandate, which was set to end on April 30, by a year.",
            "2026-04-30",
            "The council on Tuesday extended the observer mission's mandate by a year",
        ),
    ],
)
def test_term_runs_on_from_its_old_end(ex, text, due, what):
    assert _lines(ex, text) == [(due, what)]


def test_term_without_old_end_counts_from_the_vote(ex):
    # control: no old end told, the length counts from the vote's day
    text = "The council on Tuesday extended the observer mission's mandate by six months."
    assert [d for d, _ in _lines(ex, text) if d > "2025-03-14"] == ["2025-09-11"]
