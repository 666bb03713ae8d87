"""A page whose only stamp is an update ("Updated June 5, 2025 ...") over a yearless dateline a few days before
it ("TOWN, June 3 (Agency) -") was published on the dateline's day: the update is a revision. A publication
stamp keeps its own day."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract.dates import read_as_of
from reporter.extract.published import infer_published

AS_OF = date(2026, 1, 31)
STORY = " (Agency) - Drones struck a depot in the city on {wd}, killing three people, the mayor said."


def published(text: str) -> date | None:
    with read_as_of(AS_OF):
        return infer_published(text)


@pytest.mark.parametrize(
    ("stamp", "dateline", "day"),
    [
        ("Updated June 5, 2025 at 10:12 a.m. EDT", "RIVERTOWN, June 3" + STORY.format(wd="Tuesday"), date(2025, 6, 3)),
        # the dateline's month lies in the year before the update's
        ("Last updated: January 2, 2025 14:10 GMT", "RIVERTOWN, Dec 30" + STORY.format(wd="Monday"), date(2024, 12, 30)),
    ],
)
def test_an_update_yields_to_the_dateline_day_before_it(stamp, dateline, day):
    assert published(f"Drones hit a depot\n{stamp}\n\n{dateline}") == day


def test_a_publication_stamp_keeps_its_day():
    text = "Drones hit a depot\nPublished June 5, 2025 at 10:12 a.m. EDT\n\nRIVERTOWN, June 3" + STORY.format(wd="Tuesday")
    assert published(text) == date(2025, 6, 5)
