"""Two outlets' attacks that each name a ship, and no name in common, are two ships: two rows, however
alike their day, sea and weapon; the same ship named by both stays one row."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import Report, group_incidents
from reporter.models import Incident

_DAY = "2031-04-08"


def _hit(ship: str, said: str) -> Incident:
    return Incident(
        date=_DAY, type="missile_attack", location="Red Sea", country=None, actors=("Houthis",),
        evidence=f"Rebel missiles struck the {ship} in the Red Sea on Tuesday, {said}.",
    )  # fmt: skip


def _rows(*facts: Incident) -> list[set[int]]:
    reports = [Report(source=n, published=date(2031, 4, 9), fact=f) for n, f in enumerate(facts, 1)]
    return [{r.source for r in g} for g in group_incidents(reports)]


def test_two_named_ships_hit_the_same_day_in_one_sea_are_two_rows():
    assert _rows(_hit("tanker Grey Gull", "a security firm said"), _hit("bulk carrier Amber Coast", "the navy said")) == [{1}, {2}]


def test_one_named_ship_told_by_two_outlets_is_one_row():
    """Near miss: the same tanker named by both outlets."""
    assert _rows(_hit("tanker Grey Gull", "a security firm said"), _hit("oil tanker Grey Gull", "the navy said")) == [{1, 2}]
