"""Dates of events read from their own wording: an event told as recent is not the report's news of the day (GUIDE:
background events get a date only when the text gives one)."""

from __future__ import annotations

from datetime import date

import pytest


def _dates(ex, text):
    return [i.date for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "The recent shelling of a bus stop in Kherson killed six people, the regional governor said.",
        "Russia recently struck a market in Kherson with a missile, killing eight people, the governor said.",
    ],
)
def test_an_event_told_as_recent_takes_no_report_day(ex, text):
    assert _dates(ex, text) == [None]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the same lead with no mark of the past is the news of the report's days
        ("The shelling of a bus stop in Kherson killed six people, the regional governor said.", "2025-03-09/2025-03-10"),
        # a recent event given a day of its own keeps it
        ("The recent shelling of a bus stop in Kherson on Sunday killed six people, the regional governor said.", "2025-03-09"),
    ],
)
def test_a_recent_event_with_its_day_or_a_lead_without_the_mark_is_dated(ex, text, day):
    assert _dates(ex, text) == [day]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Three days after rebels shelled El Fasher on March 2, army drones struck rebel positions near Nyala, activists said.",
            ["2025-03-02", "2025-03-05"],
        ),
        (
            "A week after Israeli jets struck Beirut on March 1, Hezbollah fired rockets at Haifa.",
            ["2025-03-01", "2025-03-08"],
        ),
        # with no stretch, "after" tells only the order: the day the sentence gives
        (
            "After rebels shelled El Fasher on Sunday, army drones struck rebel positions near Nyala, activists said.",
            ["2025-03-09", "2025-03-09"],
        ),
    ],
)
def test_a_sentence_opened_by_a_stretch_after_an_event_counts_its_main_clause_on(ex, text, days):
    assert _dates(ex, text) == days


def test_the_doers_of_an_opening_after_clause_are_not_the_main_clause_s(ex):
    text = "Three days after rebels of the RSF shelled El Fasher on March 2, army drones struck positions near Nyala."
    found = ex.extract(text, id="t", published=date(2025, 3, 10)).incidents
    # (the army drones are not the RSF's; in a story naming Sudan alone, the army's is Sudan's own)
    assert [list(i.actors) for i in found] == [["Rapid Support Forces"], ["Sudan"]]


@pytest.mark.parametrize(
    "text",
    [
        "Army drones struck rebel positions near Nyala three days after rebels shelled El Fasher on March 2, activists said.",
        "Army drones struck rebel positions near Nyala, three days after rebels shelled El Fasher on March 2.",
    ],
)
def test_a_clause_ending_in_a_stretch_before_after_counts_on_from_the_next_clause_s_day(ex, text):
    assert _dates(ex, text) == ["2025-03-05", "2025-03-02"]


def test_a_clause_with_its_own_day_keeps_it_before_a_stretch(ex):
    text = "Army drones struck rebel positions near Nyala on Monday, three days after rebels shelled El Fasher."
    assert _dates(ex, text) == ["2025-03-10", "2025-03-07"]


@pytest.mark.parametrize(
    "text",
    [
        "Overnight into Wednesday, Russian drones attacked Kyiv, killing one person, the city's administration said.",
        "Russian drones attacked Kyiv overnight into Wednesday, killing one person, the city's administration said.",
    ],
)
def test_a_night_into_a_day_opening_the_sentence_is_the_night_s_two_days(ex, text):
    assert _dates(ex, text) == ["2025-03-04/2025-03-05"]


def test_a_night_between_two_days_opening_the_sentence_is_those_days(ex):
    text = "Overnight between Saturday and Sunday, Russian drones attacked Kyiv, killing one person, the mayor said."
    assert _dates(ex, text) == ["2025-03-08/2025-03-09"]


@pytest.mark.parametrize(
    "text",
    [
        # a day ahead of the report bounds a plan or a ban told beside the event, never the event's own day
        "The ban on flights will remain in force until June 30, the government said after the strikes on the capital of Iran.",
        "Carriers will keep flights to Beirut halted until April 15, citing the air strikes on the city's suburbs.",
    ],
)
def test_a_day_ahead_of_the_report_dates_no_event(ex, text):
    """An incident never takes a day after the report's: such a day belongs to a plan told beside it."""
    days = _dates(ex, text)
    assert days and all(d is None or d.split("/")[0] <= "2025-03-10" for d in days)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: days told of the event itself, before the report, stay its own
        ("Israeli jets struck Tehran on February 13, officials said, and the flight ban will stay until April 15.", ["2025-02-13"]),
        ("Russian missiles hit Kyiv overnight, officials said on Monday.", ["2025-03-09/2025-03-10"]),
    ],
)
def test_a_day_before_the_report_still_dates_its_event(ex, text, expected):
    """A day on or before the report's, told with the event, is still its date beside a plan's later day."""
    assert _dates(ex, text) == expected
