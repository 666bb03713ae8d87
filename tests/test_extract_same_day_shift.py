"""An event told as on the very day of the story's last dated one ("the same day", "hours later", "later that
night", "later in the day") takes that day, not the undated default of the report; the day counted from is the
last one told before it, as for "two days later"."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 5, 23)  # a Friday


#: Background sentences that tell no event: the event after them is too far to be told on from the first.
FILLER = " ".join(
    f"Traders said the valley had seen little business for {n} months because of road closures." for n in "34567"
)


def _days(ex, text):
    return [(i.location, i.date) for i in ex.extract(text, id="t", published=PUB).incidents]


@pytest.mark.parametrize(
    "shift",
    ["The same day, a", "Hours later, a", "Later that night, a", "Later in the day, a", "That same evening, a"],
)
def test_very_day_shift_takes_the_last_day(ex, shift):
    text = (
        "Gunmen raided a police post in Kohat on Tuesday, killing two constables, officials said. "
        f"{FILLER} {shift} roadside bomb struck an army truck near Hangu, killing three soldiers."
    )
    assert _days(ex, text) == [("Kohat", "2025-05-20"), ("Hangu", "2025-05-20")]


def test_very_day_counts_from_a_day_told_far_back(ex):
    """The story's last day still counts when a few background sentences stand between."""
    text = (
        "Gunmen raided a police post in Kohat on Tuesday, killing two constables, officials said. "
        f"{FILLER} {FILLER} Hours later, a roadside bomb struck an army truck near Hangu, killing three soldiers."
    )
    assert ("Hangu", "2025-05-20") in _days(ex, text)


def test_count_of_days_still_shifts(ex):
    """Control: a shift by a counted day keeps counting."""
    text = (
        "Gunmen raided a police post in Kohat on Tuesday, killing two constables, officials said. "
        f"{FILLER} Two days later, a roadside bomb struck an army truck near Hangu, killing three soldiers."
    )
    assert _days(ex, text) == [("Kohat", "2025-05-20"), ("Hangu", "2025-05-22")]


def test_same_word_without_a_day_is_no_shift(ex):
    """Control: "the same area" tells no day; the undated event far from the first keeps the report's default."""
    alone = _days(ex, "A roadside bomb struck an army truck near Hangu, killing three soldiers.")[0][1]
    text = (
        "Gunmen raided a police post in Kohat on Tuesday, killing two constables, officials said. "
        f"{FILLER} A roadside bomb struck an army truck in the same area near Hangu, killing three soldiers."
    )
    assert _days(ex, text)[-1] == ("Hangu", alone)
