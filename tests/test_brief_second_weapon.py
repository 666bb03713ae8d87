"""One sentence that tells a drone downed at one place and 'a second drone' hitting another tells
two attacks, two rows; one that tells a drone fired at one place and downed at another is one."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import Report, group_incidents
from tests.conftest import shared_extractor

_DAY = date(2031, 2, 10)


def _rows(text: str) -> list[list[str]]:
    reports = [Report(source=1, published=_DAY, fact=inc) for inc in shared_extractor().extract(text, id="a1", published=_DAY).incidents]
    return [sorted(r.fact.type for r in g) for g in group_incidents(reports)]  # type: ignore[union-attr]


def test_a_drone_downed_here_and_a_second_drone_hitting_there_are_two_rows():
    text = "Guards at Harir air base shot down a drone on Sunday evening, while a second drone hit near the airport in Sulaimaniya."
    assert sorted(_rows(text)) == [["drone_attack"], ["interception"]]


def test_a_drone_fired_at_one_place_and_downed_at_another_is_one_row():
    """Near miss: the drones fired at the airport and downed over the base are one event, two facets."""
    text = "Militants fired two drones at Sulaimaniya airport on Sunday evening, and both were shot down over Harir air base, officials said."
    assert _rows(text) == [["drone_attack", "interception"]]
