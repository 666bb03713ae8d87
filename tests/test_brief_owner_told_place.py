"""A sentence that tells a place as a town's own ("Moscow's Vnukovo airport") says it lies in that
town, for every report of the brief: an interception told at the airport and one told at the city
that night are one row, though the airport lies further from the city's point than a town's reach."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import group_incidents
from tests.conftest import incident_reports

_DAY = date(2031, 8, 20)
_CITY = ("Russia said it shot down a drone heading for Moscow overnight, officials said.", _DAY)


def _rows(*articles: tuple[str, date]) -> list[set[int]]:
    reports = incident_reports(articles)
    return sorted(({r.source for r in g} for g in group_incidents(reports)), key=min)


def test_an_airport_told_as_the_citys_own_is_in_that_city():
    owned = ("Air defences destroyed a drone approaching Moscow's Vnukovo airport overnight, the mayor said.", _DAY)
    assert _rows(_CITY, owned) == [{1, 2}]


def test_the_airport_told_with_no_owner_stays_apart():
    """Near miss: with nothing that puts the airport in the city, the two are kept apart as before."""
    plain = ("Air defences destroyed a drone approaching Vnukovo airport overnight, the mayor said.", _DAY)
    assert _rows(_CITY, plain) == [{1}, {2}]
