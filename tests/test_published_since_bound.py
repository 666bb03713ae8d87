"""A yearless dateline whose story names a year only as a bound ("since late 2023") takes the one year
from that bound up to today that makes its day the weekday the first sentence names; two such years
leave it open."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract.dates import read_as_of
from reporter.extract.published import infer_published

AS_OF = date(2026, 1, 31)


def published(text: str) -> date | None:
    with read_as_of(AS_OF):
        return infer_published(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # May 6 is a Tuesday in 2025 only, of the years from 2023 to today
        (
            "PORTCITY, May 6 - Warplanes struck radar sites near the harbour, the rebels' television said on"
            " Tuesday. On Monday the rebels fired two missiles at a tanker. They have attacked ships since late 2023.",
            date(2025, 5, 6),
        ),
        # November 19 is a Tuesday in 2024 only, of the years from 2022 on
        (
            "HILLTOWN, Nov 19 (Agency) - A car bomb went off near a checkpoint on Tuesday, police said. The town"
            " has seen several such blasts since mid-2022.",
            date(2024, 11, 19),
        ),
    ],
)
def test_a_bound_year_and_the_lead_weekday_fix_the_dateline_year(text, day):
    assert published(text) == day


@pytest.mark.parametrize(
    "text",
    [
        # May 6 is a Tuesday in 2014 and in 2025: a bound in 2012 fixes neither
        "PORTCITY, May 6 - Government forces said on Tuesday they had repelled an assault north of the town."
        " The rebels, who have fought the government since 2012, attacked overnight.",
        # the weekday is not the first sentence's: no wire's own day
        "PORTCITY, May 6 - Warplanes struck radar sites near the harbour, the rebels' television said. On"
        " Tuesday the rebels fired two missiles at a tanker. They have attacked ships since late 2023.",
    ],
)
def test_a_bound_year_without_one_fitting_lead_weekday_leaves_the_year_open(text):
    assert published(text) is None
