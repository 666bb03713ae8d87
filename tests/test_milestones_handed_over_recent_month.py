"""A base handed over in a month counted back from the report ("handed over last month") is a step done
in that month, as a site left then is, not on another day the sentence tells of other news."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 8, 21)


def _done(ex: Extractor, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones if m.done]


def test_a_base_handed_over_last_month_is_done_that_month(ex):
    text = "Militants on Tuesday shelled an outpost that the peacekeeping battalion handed over to the army last month."
    assert _done(ex, text) == ["2025-07"]


def test_a_base_handed_over_on_a_day_keeps_its_day(ex):
    text = "The peacekeeping battalion handed over the outpost to the army on Tuesday, officials said."
    assert _done(ex, text) == ["2025-08-19"]
