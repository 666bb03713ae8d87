"""A step moved sooner ("brought forward to") is moved like one pushed back, and its first date, told in an
aside ("initially slated for March 31"), is history: no part of the label, no year to lean the new day on."""

import datetime

import pytest

PUBLISHED = datetime.date(2025, 3, 14)


def _lines(ex, text):
    return [(m.due, m.what) for m in ex.extract(text, id="t", published=PUBLISHED).milestones]


@pytest.mark.parametrize(
    ("text", "due", "what"),
    [
        ("The pullout, initially slated for April 30, has been brought forward to March 22.", "2025-03-22", "The pullout"),
        ("The handover of the airbase, originally planned for April, has been brought forward to March 25.", "2025-03-25", "The handover of the airbase"),
        # control: a step pushed back from a day still ahead lands on the next such day, not a year back
        ("The pullout, initially slated for March 28, has been pushed back to May 2.", "2025-05-02", "The pullout"),
    ],
)
def test_moved_step_keeps_its_new_day_and_drops_the_first(ex, text, due, what):
    assert _lines(ex, text) == [(due, what)]


def test_deadline_moved_sooner_stays_in_its_year(ex):
    text = "Italian troops will leave the base by June 30. The deadline was later brought forward to May 15."
    assert ("2025-05-15", "Italian troops will leave the base (deadline moved)") in _lines(ex, text)
    # control: pushed back, it still follows the old day
    text = "Italian troops will leave the base by June 30. The deadline was later pushed back to August 15."
    assert ("2025-08-15", "Italian troops will leave the base (deadline moved)") in _lines(ex, text)
