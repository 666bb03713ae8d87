"""A night counted back from the day of speaking ("overnight, the air force said on Sunday") counts from the day
the story's dates count from: a dateline's own day ("KYIV, March 2 -") on a page stamped a day later is already
that Sunday, not one more day back."""

from __future__ import annotations

from datetime import date

PUB = date(2031, 3, 3)  # a Monday


def _dates(ex, text):
    return [i.date for i in ex.extract(text, id="x", published=PUB).incidents]


def test_overnight_said_on_the_datelines_own_day(ex):
    text = "ZORVA, March 2 (Wire) - Ruritania launched 50 drones at Freedonia overnight, the air force said on Sunday."
    assert _dates(ex, text) == ["2031-03-01/2031-03-02"]


def test_overnight_said_a_day_before_the_datelines_day(ex):
    text = "ZORVA, March 2 (Wire) - Ruritania launched 50 drones at Freedonia overnight, the air force said on Saturday."
    assert _dates(ex, text) == ["2031-02-28/2031-03-01"]


def test_overnight_said_on_sunday_without_a_dateline_day(ex):
    # (control) counted from the page's Monday, Sunday's night is Saturday to Sunday
    text = "ZORVA (Wire) - Ruritania launched 50 drones at Freedonia overnight, the air force said on Sunday."
    assert _dates(ex, text) == ["2031-03-01/2031-03-02"]
