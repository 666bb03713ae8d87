"""An event told over a count of a country's provinces ("over 12 regions", "in nine oblasts"), naming no place of
its own, is the whole country's, as "across the country" is: not the town of the event told before it."""

from __future__ import annotations

from datetime import date

import pytest


def _downed(ex, text):
    f = ex.extract(text, id="t", published=date(2025, 3, 3))
    return [i.location for i in f.incidents if i.type == "interception"]


_HIT = "A missile struck a hotel in Mykolaiv on Sunday, killing two guests, the governor said."


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (f"{_HIT} The air force said 38 drones were downed over 11 regions.", ["Ukraine"]),
        (f"{_HIT} Drones were shot down in nine oblasts overnight, the air force said.", ["Ukraine"]),
        (f"{_HIT} Drones were shot down across the country overnight, the air force said.", ["Ukraine"]),
        # controls: a stretch of the town, or no count of regions
        (f"{_HIT} Two drones were downed over the city overnight, the governor said.", ["Mykolaiv"]),
        (f"{_HIT} Two drones were downed over the region overnight, the governor said.", ["Mykolaiv"]),
    ],
)
def test_a_count_of_regions_is_the_country(ex, text, seen):
    assert _downed(ex, text) == seen
