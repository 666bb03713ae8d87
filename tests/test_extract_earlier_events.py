"""Events a story tells as the ones its news came after or answered: earlier events of their own, with a day
only where the text gives one (GUIDE: background events get a date only when the text gives one)."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _incidents(ex, text):
    return [(i.type, i.date, i.location, list(i.actors)) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Israeli jets struck southern Lebanon on Monday. The strikes came after Hezbollah fired rockets at Israel.",
            ("rocket_attack", None, "Israel", ["Hezbollah"]),
        ),
        (
            "Israeli jets struck southern Lebanon on Monday. The strikes came after Hezbollah fired rockets at northern Israel.",
            ("rocket_attack", None, "northern Israel", ["Hezbollah"]),
        ),
        (
            "Israeli jets struck southern Lebanon on Monday. The raids came hours after Hezbollah launched drones at Haifa.",
            ("drone_attack", None, "Haifa", ["Hezbollah"]),
        ),
    ],
)
def test_the_event_the_news_came_after_is_told_undated(ex, text, told):
    found = _incidents(ex, text)
    assert ("air_strike", "2025-03-10", "southern Lebanon", ["Israel"]) in found
    assert told in found


def test_an_event_told_next_with_no_link_keeps_the_story_day(ex):
    # near miss: the same rocket fire told as the story going on, with no "came after", is on the story's day
    text = "Israeli jets struck southern Lebanon on Monday. Hezbollah fired rockets at northern Israel."
    assert ("rocket_attack", "2025-03-10", "northern Israel", ["Hezbollah"]) in _incidents(ex, text)


def test_what_the_news_came_after_that_is_no_event_adds_none(ex):
    text = "Israeli jets struck southern Lebanon on Monday. The strikes came after talks on a truce collapsed."
    assert [t for t, *_ in _incidents(ex, text)] == ["air_strike"]
