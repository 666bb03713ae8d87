"""A day told with the saying, then the speakers' own deed ("said on Tuesday they had attacked X") is the
statement's day, lent to the deed: a telling of the same deed with a day of its own, the day before, is the one
event on that day (a day right before an event noun, "said Sunday's strike", still names the event's day).

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 7, 9)  # a Wednesday


def _seen(ex, text):
    return [(i.location, str(i.date)) for i in ex.extract(text, id="t", published=DAY).incidents]


@pytest.mark.parametrize(
    "text, seen",
    [
        (
            "The Houthis said on Tuesday they had attacked a ship near Hodeidah.\n\n"
            "A ship was attacked near Hodeidah late on Monday, the maritime agency said.",
            [("Hodeidah", "2025-07-07")],
        ),
        (
            "Al-Shabaab said on Tuesday it had attacked a base in Baidoa.\n\n"
            "Militants attacked a base in Baidoa late on Monday, officials said.",
            [("Baidoa", "2025-07-07")],
        ),
    ],
)
def test_the_deeds_own_day_told_elsewhere_dates_the_one_event(ex, text, seen):
    assert _seen(ex, text) == seen


def test_a_day_right_before_an_event_noun_is_the_events(ex):
    # near miss: "Tuesday's attack" names the attack's day, whoever speaks of it
    assert _seen(ex, "The Houthis praised Tuesday's attack on a ship near Hodeidah.") == [("Hodeidah", "2025-07-08")]
