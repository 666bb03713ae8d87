"""A town named only as where a warning was heard ("as sirens sounded across X") does not narrow a barrage
told at a country to that town; a town told as where harm was seen still does."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor


def _places(ex: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    facts = ex.extract(text, id="t", published=date(2026, 3, 10))
    return [(i.location, i.country) for i in facts.incidents]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the warning's towns are no scene of a barrage at the country
        ("The militia fired 20 missiles at Israel on Saturday, as sirens sounded across Haifa and Acre.", [("Israel", "Israel")]),
        ("Russia launched 50 drones at Ukraine overnight, as air raid alerts were declared in Poltava.", [("Ukraine", "Ukraine")]),
        # control: a town where harm was seen still narrows the country
        ("The militia fired missiles at Israel on Saturday, and residents of Eilat reported damage.", [("Eilat", "Israel")]),
    ],
)
def test_warning_town_is_no_scene(ex: Extractor, text: str, expected: list) -> None:
    assert _places(ex, text) == expected
