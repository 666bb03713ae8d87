"""The publication date of stamp and dateline forms the dev set of new pages found wrong
(benchmarks/eval_published.py): self-written pages, several wordings per form."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract.dates import read_as_of
from reporter.extract.published import infer_published

AS_OF = date(2026, 1, 31)


def published(text: str) -> date | None:
    with read_as_of(AS_OF):
        return infer_published(text)


# --- a 24-hour clock is no year -------------------------------------------------------------------


@pytest.mark.parametrize(
    "clock",
    ["at 1945 GMT", "(1945 GMT)", "at 2030 hrs", "at 2000 hours local time", "shortly after 1930 UTC"],
)
def test_a_four_digit_clock_gives_no_year_to_a_yearless_dateline(clock):
    # no year anywhere: the dateline's day stays unfixed, as the GUIDE keeps a yearless day
    text = f"TOWNVILLE, Country, Feb 2 (Agency) - A shell hit a school {clock} on Thursday, officials said."
    assert published(text) is None


def test_a_year_the_text_names_still_fixes_a_yearless_dateline_beside_a_clock():
    text = (
        "TOWNVILLE, Feb 2 (Agency) - A shell hit a school at 1945 GMT on Thursday, the worst attack"
        " on the town since the siege of 2022, officials said. The siege lasted into 2023."
    )
    assert published(text) == date(2023, 2, 2)


# --- no page is published after it was read -------------------------------------------------------


@pytest.mark.parametrize(
    "later",
    [
        "Elections are due in 2027.",
        "The new base is to open in 2029, the ministry said.",
        "A review will report in 2030.",
    ],
)
def test_a_yearless_dateline_takes_no_year_that_would_put_the_page_after_today(later):
    text = f"PORTVILLE, June 15 (Agency) - Gunmen attacked a police post on Sunday. {later}"
    got = published(text)
    assert got is None or got <= AS_OF


def test_a_yearless_dateline_keeps_a_past_year_beside_a_future_one():
    text = (
        "PORTVILLE, June 15 (Agency) - Gunmen attacked a police post, the worst attack since the"
        " raid of 2023. Elections are due in 2027."
    )
    assert published(text) == date(2023, 6, 15)
