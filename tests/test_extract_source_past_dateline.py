"""A speaker opening the first sentence is read past a dateline that carries a date ("CITY, Dec 4 (Wire) -"):
the dateline's words had used up the reach of a long speaker's name, leaving the event with no
attribution (GUIDE: `attribution` is who reported it)."""

from __future__ import annotations

from datetime import date


def _sources(ex, text):
    return [i.attribution for i in ex.extract(text, id="t", published=date(2025, 3, 4)).incidents]


def test_long_speaker_after_a_dated_dateline(ex):
    text = ("ADEN, March 2 (Wire) - The government-run Aden regional news agency reported that rebel drones "
            "struck a fuel depot in Mokha on Sunday.")
    assert _sources(ex, text) == ["government-run Aden regional news agency (Wire)"]


def test_short_speaker_after_a_dateline_keeps_its_reading(ex):
    text = "ADEN, March 2 (Wire) - The coast guard said rebel drones struck a fuel depot in Mokha on Sunday."
    assert _sources(ex, text) == ["coast guard (Wire)"]
