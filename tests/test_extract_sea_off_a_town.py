"""A ship struck a stretch of sea from a coastal town ("50 nautical miles west of X", "20 nm off X") is at sea:
the place is written with its stretch, not as the town itself."""

from __future__ import annotations

from datetime import date

import pytest


def _places(ex, text):
    return [(i.location, i.country) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A bulk carrier was struck by a missile some 40 nautical miles west of Hodeidah on Friday, the agency said.",
            ("40 nautical miles west of Hodeidah", "Yemen"),
        ),
        ("A tanker was hit by a drone 70 nautical miles south-east of Aden on Monday.", ("70 nautical miles south-east of Aden", "Yemen")),
        ("A freighter reported a blast 15 nm off Mokha on Tuesday, the agency said.", ("15 nm off Mokha", "Yemen")),
    ],
)
def test_a_ship_told_off_a_town_is_at_sea(ex, text, place):
    assert _places(ex, text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a distance on land keeps the town it is told from
        ("A roadside bomb hit an army convoy 30 km north of Kirkuk on Monday, killing two soldiers.", ("Kirkuk", "Iraq")),
        # a sea named: the sea
        ("A tanker was hit by a drone in the Red Sea, 60 nautical miles west of Hodeidah, on Monday.", ("Red Sea", None)),
    ],
)
def test_a_distance_on_land_or_a_named_sea_stays(ex, text, place):
    assert _places(ex, text) == [place]
