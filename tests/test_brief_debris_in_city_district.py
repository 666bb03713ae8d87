"""Debris told falling in one district of a city, beside the salvo's hit in another district of it, is a
facet of that city's attack: one row; debris in another city's district stays a row of its own."""

from __future__ import annotations

from datetime import date

from tests.conftest import brief_rows

_DAY = date(2031, 3, 14)
_BARRAGE = "Russia fired dozens of drones and several missiles at Kyiv overnight, killing three people, the mayor said on Friday."
_HIT = (
    "A missile struck a clinic in Kyiv's Darnytskyi district overnight, officials said on Friday. "
    "Debris fell in the Obolonskyi district, damaging a kiosk."
)
TOLD_ELSEWHERE = "Debris from a downed drone fell in Odesa's Prymorskyi district overnight, the governor said on Friday."


def test_debris_in_another_district_joins_the_citys_attack():
    assert brief_rows((_BARRAGE, _DAY), (_HIT, _DAY)) == [{1, 2}]


def test_debris_in_another_citys_district_stays_apart():
    """Control: the Odesa debris shares no city with the Kyiv salvo."""
    rows = brief_rows((_BARRAGE, _DAY), (_HIT, _DAY), (TOLD_ELSEWHERE, _DAY))
    assert {3} in rows and {1, 2} in rows
