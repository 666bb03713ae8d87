"""A day told right before a court's step ("a court last year convicted", "a judge on Monday jailed") is the
court's, not the day of the attack the case is about: that keeps its own date when told, else none; a day
told with the attack ("over Sunday's bombing") stays the attack's."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 3, 13)  # a Thursday


def _dated(ex: Extractor, text: str) -> list[tuple[str, str | None]]:
    return [(i.type, i.date) for i in ex.extract("KIRKUK (Wire) - " + text, id="x", published=PUB).incidents]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "A court in Kirkuk last year convicted four men in absentia for downing an army helicopter over the city in June 2019, killing all 20 people on board.",
            [("interception", "2019-06-01/2019-06-30")],
        ),
        (
            "A court in Kirkuk on Monday jailed four men for life over a truck bombing at the city's cattle market.",
            [("explosion", None)],
        ),
        # near miss: the day told with the bombing is the bombing's
        (
            "A judge in Kirkuk on Monday charged four men over Sunday's truck bombing at the city's cattle market.",
            [("explosion", "2025-03-09")],
        ),
    ],
)
def test_the_courts_day_is_not_the_attacks(ex, text, read):
    assert _dated(ex, text) == read
