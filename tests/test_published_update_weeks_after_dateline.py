"""A page stamped only with an update weeks after its dateline ("Updated June 25, 2025" over "TOWN, June 3
(Agency) -") was published on the dateline's day: a revision, however late, does not move the story's days.
A yearless dateline a day after the update (time zones apart) is no story of the year before."""

from __future__ import annotations

from datetime import date

from reporter.extract.dates import read_as_of
from reporter.extract.published import infer_published

STORY = " (Agency) - Gunmen attacked a police post outside the town on Tuesday, killing two officers, a medic said."


def published(text: str) -> date | None:
    with read_as_of(date(2026, 1, 31)):
        return infer_published(text)


def test_an_update_three_weeks_on_yields_to_the_dateline(ex):
    text = "Police post attacked\nUpdated June 25, 2025 at 4:02 p.m. EDT\n\nMILLBROOK, June 3" + STORY
    assert published(text) == date(2025, 6, 3)
    facts = ex.extract(text, id="x", published=None)
    assert [i.date for i in facts.incidents] == ["2025-06-03"]


def test_an_update_with_a_dated_dateline_months_before():
    text = "Police post attacked\nLast updated: March 2, 2025\n\nMILLBROOK, Nov 4, 2024" + STORY
    assert published(text) == date(2024, 11, 4)


def test_a_yearless_dateline_a_day_after_the_update_keeps_the_update():
    text = "Police post attacked\nUpdated June 2, 2025 at 11:50 p.m. EDT\n\nMILLBROOK, June 3" + STORY
    assert published(text) == date(2025, 6, 2)
