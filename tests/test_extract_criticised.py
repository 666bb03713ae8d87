""""Came under fire" is criticism, not shooting, when said of a person by office, a body, a plan or a price,
or told with what it is blamed for or by whom; troops, a convoy or an embassy that came under fire, from
gunmen or for hours, are still fired on."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 3, 10)
LEAD = "TEL AVIV (Wire) - "


def _types(ex: Extractor, text: str) -> list[str]:
    return [i.type for i in ex.extract(LEAD + text, id="x", published=PUB).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Israel's shekel came under fire on Monday as traders sold local bonds.",
        "Israel's housing plan came under fire on Monday as rents climbed.",
        "The state broadcaster came under fire from opposition lawmakers on Monday.",
        "The state broadcaster came under fire on Monday for airing a staged interview.",
    ],
)
def test_criticism_told_as_coming_under_fire_is_no_clash(ex, text):
    assert _types(ex, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Israeli border guards came under fire near Metula on Monday.",
        "Israeli border guards came under fire from gunmen in Metula on Monday.",
        "Israeli border guards came under fire for hours in Metula on Monday.",
        "The interior minister's convoy came under fire near Metula on Monday.",
    ],
)
def test_forces_that_came_under_fire_are_still_fired_on(ex, text):
    assert _types(ex, text) == ["armed_clash"]
