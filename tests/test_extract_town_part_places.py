"""Places: a named part of a town (a district, a neighbourhood) told "of", "in" or after its town's
possessive is written with that town, even where the gazetteer knows the part itself."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _places(ex: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2024, 3, 4))
    return [(i.location, i.country) for i in facts.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "A drone slammed into a block of flats in the Shevchenkivskyi district of Kyiv on Sunday, killing three.",
        "A drone slammed into a block of flats in Kyiv's Shevchenkivskyi district on Sunday, killing three.",
    ],
)
def test_world_list_district_keeps_the_town_it_is_told_in(ex, text):
    """The world list knows the district as a place of its own; the town told with it is kept and wins."""
    assert _places(ex, text) == [("Shevchenkivskyi district, Kyiv", "Ukraine")]


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb went off in the Sadr City district of Baghdad on Sunday, wounding six people.",
        "A roadside bomb went off in Baghdad's Sadr City district on Sunday, wounding six people.",
    ],
)
def test_listed_district_keeps_the_town_it_is_told_in(ex, text):
    """A district the bundled list knows keeps the town the sentence places it in."""
    assert _places(ex, text) == [("Sadr City district, Baghdad", "Iraq")]


def test_district_told_alone_stays_alone(ex):
    """Control: no town is told with the district, so none is added."""
    text = "A roadside bomb went off in the Sadr City district on Sunday, wounding six people."
    assert _places(ex, text) == [("Sadr City district", "Iraq")]


def test_district_of_a_far_town_is_that_towns_district(ex):
    """Control: a district told "of" a town far from the world list's namesake is still the town's own."""
    text = "Shells landed in the Kyivskyi district of Kharkiv on Sunday, killing two residents."
    assert _places(ex, text) == [("Kyivskyi district, Kharkiv", "Ukraine")]
