"""News forms other than the wire lead (live-blog entries, communiqués, monitors' notes, headlines),
found by probing with self-written sentences, each beside a near miss.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

DAY = date(2025, 3, 10)
FILLER = " The army said it had moved more troops to the province last spring."


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _incidents(ex, text):
    return ex.extract(text + FILLER, id="t", published=DAY).incidents


def _found(ex, text):
    return [(i.type, i.location, i.casualties.killed) for i in _incidents(ex, text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a live blog's running toll of today or of the last few days is one stretch of fighting (GUIDE:
        # "since Friday" runs from its start to the report), not a campaign's toll
        (
            "Israeli strikes on Rafah have killed at least 11 people since dawn, the civil defence agency says.",
            [("air_strike", "Rafah", 11)],
        ),
        ("At least nine people have been killed in Russian shelling of Kherson since midnight, officials say.", [("shelling", "Kherson", 9)]),
        ("Israeli strikes have killed 23 people in Khan Younis since Saturday, medics said.", [("air_strike", "Khan Younis", 23)]),
        ("Russian shelling has killed six people in Nikopol over the past 24 hours, the governor said.", [("shelling", "Nikopol", 6)]),
    ],
)
def test_a_toll_since_a_recent_start_is_one_stretch_of_fighting(ex, text, expected):
    assert _found(ex, text) == expected


def test_a_toll_since_a_recent_start_runs_to_the_report():
    found = Extractor().extract(
        "Israeli strikes have killed 23 people in Khan Younis since Saturday, medics said." + FILLER, id="t", published=DAY
    ).incidents
    assert [str(i.date) for i in found] == ["2025-03-08/2025-03-10"]


@pytest.mark.parametrize(
    "text",
    [
        # a campaign's toll, since a year or the war's start, or with no start at all
        "Israeli strikes have killed more than 30,000 people in Gaza since October 2023, the ministry says.",
        "The raids have killed about 600 civilians in Idlib since the offensive began, a monitor says.",
        "Russian shelling has killed 70 people in Nikopol, the governor said.",
    ],
)
def test_a_campaign_toll_stays_no_event(ex, text):
    assert _found(ex, text) == []
