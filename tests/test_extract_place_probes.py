"""Places a people's adjective gives: "in the Syrian desert" is ground in Syria, as "the Syrian coast" is."""

from __future__ import annotations

from datetime import date

import pytest


def _places(ex, text):
    return [(i.location, i.country) for i in ex.extract(text, id="t", published=date(2025, 3, 10)).incidents]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Militants ambushed an army patrol in the Iraqi desert on Friday, killing 13 soldiers.", "Iraq"),
        ("Militants ambushed an army patrol in the Syrian countryside on Friday, killing 13 soldiers.", "Syria"),
    ],
)
def test_a_people_s_desert_or_countryside_is_in_its_country(ex, text, country):
    assert [c for _, c in _places(ex, text)] == [country]


def test_a_desert_of_no_people_places_nothing(ex):
    # no country is told: the event has no scene to be placed at
    text = "Militants ambushed an army patrol in the desert on Friday, killing 13 soldiers."
    assert all(c is None for _, c in _places(ex, text))
