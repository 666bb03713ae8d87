"""An event told with no day as what an inquiry or a finding is about ("who fired the missile that hit the
market in X", "fragments of the missile that struck Y", "concluded that the bombing of Z was a war crime") is
one already known: no news of the report's days, so it takes no day. An event the lead tells with no day, or a
finding of a fresh one ("found that a drone hit ..."), is still news of the day."""

from __future__ import annotations

from datetime import date

import pytest


def _days(ex, text):
    f = ex.extract(text + "\n\nThe war goes on.", id="t", published=date(2025, 3, 10))
    return [i.date for i in f.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Investigators are still trying to establish who fired the missile that hit the market in Kostiantynivka.",
        "Reporters found fragments of the missile that struck the hospital in Kyiv.",
        "The UN commission concluded that the bombing of the theatre in Mariupol was a war crime.",
    ],
)
def test_an_event_inquired_into_takes_no_day(ex, text):
    assert _days(ex, text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the news itself, told with no day
        "The missile that hit the market in Kostiantynivka killed 15, officials said.",
        "Police found that a drone hit the depot in Kyiv, officials said.",
    ],
)
def test_news_told_with_no_day_takes_the_reports(ex, text):
    assert _days(ex, text) == ["2025-03-09/2025-03-10"]
