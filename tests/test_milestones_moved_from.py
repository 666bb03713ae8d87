"""A day a step was moved from, told right before the clause that moves it ("due by April 30, had been
postponed to June 15", "which was originally due in May, has been moved to July 1"), is history: no line
of its own, and the new day follows it rather than leaning a year back."""

import datetime

import pytest


def _lines(ex, text, published):
    return [(m.due, m.what) for m in ex.extract(text, id="t", published=published).milestones]


@pytest.mark.parametrize(
    ("text", "published", "due"),
    [
        ("The pullout of Kenyan police, which was originally due in May, has been moved to July 1.", datetime.date(2025, 3, 14), "2025-07-01"),
        ("The withdrawal of French troops from Chad, originally due by April 30, was postponed to June 15.", datetime.date(2030, 3, 10), "2030-06-15"),
        ("The withdrawal, due by April 30, had been postponed to June 15.", datetime.date(2030, 3, 10), "2030-06-15"),
        ("The withdrawal of the troops was originally due by April 30 but had been postponed to June 15.", datetime.date(2030, 3, 10), "2030-06-15"),
    ],
)
def test_day_moved_from_gives_no_line_and_leads_the_new_one(ex, text, published, due):
    assert [d for d, _ in _lines(ex, text, published)] == [due]


def test_controls_keep_their_reading(ex):
    published = datetime.date(2025, 3, 14)
    assert _lines(ex, "The withdrawal of Kenyan police has been pushed back to May 2.", published) == [
        ("2025-05-02", "The withdrawal of Kenyan police has been pushed back")
    ]
    # a plan's day with no move told after it stays a line of its own
    assert [d for d, _ in _lines(ex, "The pullout of Kenyan police is due by April 30.", published)] == ["2025-04-30"]
