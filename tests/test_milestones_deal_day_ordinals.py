"""A deal's day told by any ordinal word ("the forty-second day", "the thirtieth day") or bounded by "through"/"till"
("through day 50") is counted from the deal's first day, like "day 22" and "the seventh day"."""

import datetime

import pytest

from reporter.extract.numbers import parse_ordinal

PUBLISHED = datetime.date(2025, 3, 14)
OPENING = "The truce between the two armies took effect on January 5. "


def _plans(ex, text):
    return [m.due for m in ex.extract(OPENING + text, id="t", published=PUBLISHED).milestones if not m.done]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Rebel units are to leave the valley by the forty-second day of the truce.", "2025-02-15"),
        ("Rebel units are to leave the valley by the thirtieth day of the truce.", "2025-02-03"),
        ("Rebel units will remain in the valley through day 50 of the truce.", "2025-02-23"),
        ("Rebel units will remain in the valley till the 45th day of the deal.", "2025-02-18"),
        # control: an ordinal the old list held counts as before
        ("Rebel units are to leave the valley by the seventh day of the truce.", "2025-01-11"),
    ],
)
def test_deal_day_by_any_ordinal(ex, text, due):
    assert _plans(ex, text) == [due]


def test_through_the_day_is_no_deal_day(ex):
    assert _plans(ex, "Shelling went on through the day, medics said.") == []


@pytest.mark.parametrize(
    ("word", "n"), [("first", 1), ("nineteenth", 19), ("fortieth", 40), ("forty-second", 42), ("ninety ninth", 99), ("twenty-tenth", None), ("firsts", None)]
)
def test_parse_ordinal(word, n):
    assert parse_ordinal(word) == n
