"""A ship attacked 'off' a port town (or off its port) and one attacked that day in the sea the town
lies on are one row, whatever the distance to the sea's point; a port on another sea, or a ship in
the port itself, stays apart."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.brief.merge import Report, group_incidents
from reporter.models import Incident

_DAY = "2031-04-08"


def _at_sea() -> Incident:
    return Incident(
        date=_DAY, type="missile_attack", location="Red Sea", country=None, actors=("Houthis",),
        evidence="A grain carrier sailing north through the Red Sea came under missile fire on Tuesday, a navy said.",
    )  # fmt: skip


def _by_port(location: str, said: str) -> Incident:
    return Incident(
        date=_DAY, type="missile_attack", location=location, country="Yemen", actors=("Houthis",),
        evidence=f"The rebel spokesman claimed a strike on a foreign vessel {said}, in a televised address.",
    )  # fmt: skip


def _rows(*facts: Incident) -> list[set[int]]:
    reports = [Report(source=n, published=date(2031, 4, 9), fact=f) for n, f in enumerate(facts, 1)]
    return [{r.source for r in g} for g in group_incidents(reports)]


@pytest.mark.parametrize(
    ("location", "said"),
    [("port of Hodeidah", "off the port of Hodeidah"), ("Hodeidah", "off Hodeidah"), ("Mokha", "off the coast of Mokha"), ("Mokha", "off the Yemeni port of Mokha")],
)
def test_a_ship_hit_off_a_red_sea_port_is_the_red_sea_attack_that_day(location, said):
    """Hodeidah and Mokha lie on the Red Sea, many hundred km from its point: one row."""
    assert _rows(_at_sea(), _by_port(location, said)) == [{1, 2}]


@pytest.mark.parametrize(
    ("location", "said"),
    [("Aden", "off Aden"), ("port of Hodeidah", "in the port of Hodeidah")],
)
def test_a_port_on_another_sea_or_a_ship_in_the_port_stays_apart(location, said):
    """Near misses: Aden lies on the Gulf of Aden, not the Red Sea; a ship in the port is no spot at sea."""
    assert _rows(_at_sea(), _by_port(location, said)) == [{1}, {2}]
