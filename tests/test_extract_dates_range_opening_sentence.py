"""A stretch of days that opens its sentence ("Between Friday and Sunday, ...", "From Friday to Sunday, ...") is
the stretch, as it is mid-sentence; and a tally of strikes at one town over such a stretch is one event
dated by it (GUIDE: an aggregate runs over the days it gives); so are strikes counted on a whole country
over the stretch (a dated, placed aggregate, one country-level item), wherever the stretch is told."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 12, 2)  # a Monday


def dated(ex, text: str) -> list[tuple[str, str, str]]:
    facts = ex.extract("The officials spoke on Monday. " + text, id="x", published=PUBLISHED)
    return [(str(i.date), i.type, i.location) for i in facts.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Between Friday and Sunday, troops shelled the town of Riverford 40 times, killing three farmers, officials said.",
        "From Friday to Sunday, troops shelled the town of Riverford more than 40 times, killing three farmers.",
        # the same stretch told mid-sentence was read before and still is
        "Troops shelled the town of Riverford 40 times between Friday and Sunday, killing three farmers, officials said.",
    ],
)
def test_a_town_shelled_over_a_stretch_of_days_is_one_event_over_them(ex, text):
    assert dated(ex, text) == [("2024-11-29/2024-12-01", "shelling", "Riverford")]


def test_a_stretch_opening_its_sentence_dates_a_single_deed(ex):
    text = "Between Friday and Sunday, gunmen attacked an army post in the town of Riverford, killing three soldiers."
    assert [d for d, _, _ in dated(ex, text)] == ["2024-11-29/2024-12-01"]


@pytest.mark.parametrize(
    "text",
    [
        "Between Friday and Sunday, the air force struck Sudan more than 40 times, killing three people, officials said.",
        # (as it was when told mid-sentence)
        "The air force struck Sudan more than 40 times between Friday and Sunday, killing three people, officials said.",
    ],
)
def test_strikes_on_a_country_over_days_are_one_dated_item(ex, text):
    assert dated(ex, text) == [("2024-11-29/2024-12-01", "air_strike", "Sudan")]
