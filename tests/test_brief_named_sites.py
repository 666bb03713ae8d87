"""Two sites the gazetteer names apart, more than a few km from each other, are two places: attacks
on each the same day are two rows; a base and the airport it adjoins may still be told for each other."""

from __future__ import annotations

from datetime import date

from reporter.brief.identity import place_relation, where
from reporter.brief.merge import group_incidents
from reporter.models import Incident
from tests.conftest import incident_reports

_DAY = date(2031, 2, 10)


def _rows(*texts: str) -> list[set[int]]:
    reports = incident_reports([(text, _DAY) for text in texts])
    return [{r.source for r in g} for g in group_incidents(reports)]


def test_drones_at_two_oil_field_bases_the_same_day_are_two_rows():
    """The Omar field's base and the Conoco field's, some 20 km apart, each hit by a drone on Sunday."""
    omar = "A drone struck the base at the al-Omar oil field in eastern Syria on Sunday, causing no casualties, an official said."
    conoco = "A drone attack targeted the Conoco gas field base on Sunday afternoon, with no injuries, monitors said."
    assert _rows(omar, conoco) == [{1}, {2}]


def test_two_sites_far_apart_and_two_adjoining_sites_keep_their_readings():
    """Near misses: the base at Baghdad's airport and the airport itself, a km apart, are still near
    (one salvo is told at either); Camp Lemonnier and Chabelley, 8 km apart, are two places."""
    base, airport = (where(Incident(date=None, type="rocket_attack", location=n, country="Iraq")) for n in ("Victory Base", "Baghdad International Airport"))
    assert place_relation(base, airport) == "near"
    camp, field = (where(Incident(date=None, type="drone_attack", location=n, country="Djibouti")) for n in ("Camp Lemonnier", "Chabelley"))
    assert place_relation(camp, field) == "different"
