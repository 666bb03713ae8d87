"""Posture: a list of one force's levels in several countries goes on past a site named in a country
("in Oman at its main port") and past a clause on it ("in Kenya, where the unit trains,"); a list that a
verb of another clause takes over still ends."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _levels(ex: Extractor, text: str) -> list[tuple[str | None, str | None, int | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 2, 3))
    return sorted((p.force, p.country, p.count) for p in facts.troop_posture)


LEAD = "Britain is moving more forces to Africa and Arabia. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site within the country before the next item
        (
            LEAD + "British forces there number about 600 in Kenya, around 400 in Oman at the Duqm port, "
            "and some 300 in Djibouti.",
            [("United Kingdom", "Djibouti", 300), ("United Kingdom", "Kenya", 600), ("United Kingdom", "Oman", 400)],
        ),
        # a clause on the place before the next item
        (
            LEAD + "British forces there number about 600 in Kenya, where the training unit is based, "
            "and some 300 in Djibouti.",
            [("United Kingdom", "Djibouti", 300), ("United Kingdom", "Kenya", 600)],
        ),
    ],
)
def test_a_list_goes_on_past_a_site_or_clause(ex: Extractor, text: str, expected: list) -> None:
    """Each country of the list keeps its own figure."""
    assert _levels(ex, text) == expected


def test_a_clause_that_is_no_list_item_ends_it(ex: Extractor) -> None:
    """Near miss: a further place with no figure of its own adds no level."""
    text = LEAD + "British forces there number about 600 in Kenya, where the training unit is based, and more in Oman."
    assert _levels(ex, text) == [("United Kingdom", "Kenya", 600)]
