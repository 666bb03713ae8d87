"""Fighting told as the days of fighting an event came after ("came after two days of clashes") fills the days before it."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 5, 2)  # a Friday


def _days(ex: Extractor, text: str) -> dict[str, str | None]:
    return {i.type: i.date for i in ex.extract(text, id="x", published=PUB).incidents}


def test_the_fighting_an_event_came_after_is_dated_the_days_before_it(ex):
    text = (
        "HOMS (Wire) — Government jets bombed rebel positions outside Talbiseh early on Friday. The raids came "
        "after three days of fierce clashes between rebels and soldiers in the town, in which 40 people died."
    )
    assert _days(ex, text)["armed_clash"] == "2025-04-29/2025-05-01"


def test_control_fighting_with_its_own_days_keeps_them(ex):
    text = (
        "HOMS (Wire) — Government jets bombed rebel positions outside Talbiseh early on Friday. The raids came "
        "after clashes on Tuesday between rebels and soldiers in the town, in which 40 people died."
    )
    assert _days(ex, text)["armed_clash"] == "2025-04-29"
