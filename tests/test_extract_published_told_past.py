"""A yearless dateline's day is never put before the latest year its story tells as past when its
weekdays fit no year the story names."""

from __future__ import annotations

from datetime import date

from reporter.extract.dates import read_as_of
from reporter.extract.published import infer_published


def published(text: str) -> date | None:
    with read_as_of(date(2026, 1, 31)):
        return infer_published(text)


def test_a_weekday_fit_before_a_year_told_as_past_is_no_dateline_year():
    # March 9 is a Thursday in 2023, but the story tells December 2024 as past
    text = (
        "TOWNVILLE, Country, March 9 (Agency) - Shelling killed four villagers on Thursday, medics said."
        " The revolt began in 2011, and the old government fell in December 2024."
    )
    day = published(text)
    assert day is None or day >= date(2025, 1, 1)


def test_a_weekday_fit_after_the_year_told_as_past_still_fixes_the_dateline():
    # March 9 2025 is a Sunday, the first March after the fall
    text = (
        "TOWNVILLE, Country, March 9 (Agency) - Shelling killed four villagers on Sunday, medics said."
        " The old government fell in December 2024."
    )
    assert published(text) == date(2025, 3, 9)


def test_a_story_whose_weekday_fits_no_year_near_those_named_leaves_the_year_open():
    # November 14 is a Monday in 2022 and no Friday nor a day or two after one until 2025
    text = (
        "TOWNVILLE, Country, Nov 14 (Agency) - A court on Friday jailed a former militia commander for"
        " twelve years. He was arrested at an airport in 2022."
    )
    assert published(text) is None


def test_a_story_naming_no_weekday_keeps_the_year_it_names():
    text = (
        "TOWNVILLE, Country, Nov 14 (Agency) - A court jailed a former militia commander for twelve"
        " years. He was arrested at an airport in 2022."
    )
    assert published(text) == date(2022, 11, 14)
