"""A campaign a deed is told joining (", joining X's air campaign") is its backdrop: the deed is the event, by its doer."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 6, 22)


def _rows(ex: Extractor, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.type, i.actors) for i in ex.extract(text, id="x", published=PUB).incidents]


def test_the_deed_not_the_campaign_it_joined_is_the_event(ex):
    text = (
        "LONDON (Wire) — Britain struck two missile depots in Yemen late on Saturday, the defence ministry said, "
        "joining the American air campaign against the Houthis."
    )
    assert _rows(ex, text) == [("air_strike", ("United Kingdom",))]


def test_control_a_campaign_launched_is_the_event(ex):
    text = "TEL AVIV (Wire) — Israel launched an air campaign against Hezbollah in Lebanon on Monday, the army said."
    assert [r[1] for r in _rows(ex, text)] == [("Israel",)]
