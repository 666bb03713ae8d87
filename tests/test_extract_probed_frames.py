"""Incident fields read right in common news frames: who the passive subject is, what set off a blast."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUBLISHED = date(2025, 3, 10)


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def only(ex: Extractor, text: str):
    incidents = ex.extract(text, id="probe", published=PUBLISHED).incidents
    assert len(incidents) == 1, incidents
    return incidents[0]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Twelve villagers were killed by troops near Mopti on Sunday, residents said.", None),
        ("Nine traders were shot dead by soldiers in Sagaing on Friday, witnesses said.", None),
        ("Seven militants were killed by troops during an operation in Bannu on Wednesday, the army said.", None),
        # near misses: what a passive interception or a fall counts is the weapons
        ("Three drones were shot down over Belgorod on Sunday, the governor said.", 3),
        ("Two were shot down by air defences over Kursk on Sunday, the army said.", 2),
    ],
)
def test_the_victims_of_a_passive_harm_are_no_count(ex, text, count):
    """'Twelve villagers were killed by troops': the twelve are the dead, not a number of things used."""
    incident = only(ex, text.replace(" || ", "\n\n"))
    assert incident.count == count
