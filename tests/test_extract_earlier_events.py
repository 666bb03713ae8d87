"""Events a story tells as the ones its news came after or answered: earlier events of their own, with a day
only where the text gives one (GUIDE: background events get a date only when the text gives one)."""

from __future__ import annotations

from datetime import date

import pytest


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


@pytest.mark.parametrize(
    ("text", "recalled"),
    [
        (
            "Israeli warplanes struck the port of Hodeidah, killing three dock workers, the health ministry said.\n\n"
            "The port was last hit on February 12, when a strike destroyed two cranes.",
            "2025-02-12",
        ),
        (
            "Drones struck the airport in Kassala, wounding five people, officials said.\n\n"
            "The airport had previously been hit by drones on February 20.",
            "2025-02-20",
        ),
        (
            "Russian missiles hit the railway station in Poltava, killing four people, the governor said.\n\n"
            "The station was previously struck on February 2, when two workers were wounded.",
            "2025-02-02",
        ),
    ],
)
def test_an_undated_lead_is_not_dated_by_an_earlier_strike_the_story_recalls(ex, text, recalled):
    """An undated lead and a strike at its place that the story recalls from weeks before its page with a
    word that looks back ('was last hit on', 'had previously been hit on'): two events, the lead dated by
    its page (it is the page's news), not by the recalled day."""
    found = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    assert [i.date for i in found] == ["2025-03-09/2025-03-10", recalled]


def test_an_undated_lead_retold_with_its_day_takes_that_day(ex):
    """Near miss: the lead retold with a day days before its page and no word that looks back is that
    day's event, one incident."""
    text = (
        "Israeli warplanes struck the port of Hodeidah, killing three dock workers, the health ministry said.\n\n"
        "The port was hit on Saturday, March 8, officials said."
    )
    assert [d for _, d, _, _ in _incidents(ex, text)] == ["2025-03-08"]
