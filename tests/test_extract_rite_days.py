"""A rite's day told with its noun ahead of the event ("funerals on Thursday of the 13 killed in ...") is the
rite's, not the event's: neither the event told in that sentence nor one told in the next takes it. A rite the
event struck keeps its day. Self-written sentences."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _dates(text: str, day: date) -> list[tuple[str, str | None]]:
    return [(i.type, i.date) for i in Extractor().extract(text, id="a", published=day).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Mourners gathered at funerals on Thursday of the 13 killed in the missile attack on a mosque in Bahawalpur.",
        "Residents held a vigil on Sunday for the nine killed when a missile hit a cafe in Kramatorsk.",
    ],
)
def test_a_rite_named_with_its_day_before_the_event_lends_it_no_day(text):
    got = _dates(text, date(2025, 5, 13))
    assert got and all(d is None for _, d in got), got


def test_the_next_sentence_takes_no_day_from_the_rite():
    """ "Funerals on Thursday of the 13 killed in X drew thousands. Missiles hit the mosque there": the
    strike told next is dated by its page, as any undated report, not by the funerals."""
    text = (
        "Funerals on Thursday of the 13 killed in Bahawalpur drew thousands of mourners. Indian missiles hit "
        "the city's main mosque, officials said."
    )
    got = _dates(text, date(2025, 5, 9))
    assert got == [("missile_attack", "2025-05-08/2025-05-09")], got


@pytest.mark.parametrize(
    "text",
    [
        # near-miss controls: the rite is what the event struck; the day told with the event itself
        "A suicide bomber struck a funeral on Thursday for a tribal elder in Bajaur, killing 20 people, police said.",
        "Indian missiles hit a mosque in Bahawalpur on Thursday, killing four people, the army said.",
    ],
)
def test_a_rite_the_event_struck_or_the_events_own_day_keeps_it(text):
    got = _dates(text, date(2025, 5, 10))
    assert got and got[0][1] == "2025-05-08", got
