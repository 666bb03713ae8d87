"""One weapon told with a word before its noun ('a Russian drone hit a block of flats', 'an Iranian
missile struck') is the one that got through, as 'a drone hit' is: it caps no interception's count,
so a night's country-wide tally of drones shot down joins the outlet's row of the hit; two weapons
told as hitting still count two, fewer than were shot down, and stay apart."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import group_incidents
from tests.conftest import incident_reports

_DAY = date(2031, 5, 20)


def _rows(*texts: str) -> list[set[int]]:
    reports = incident_reports([(text, _DAY) for text in texts])
    return [{r.source for r in g} for g in group_incidents(reports)]


_TALLY = "KYIV (Desk) - Air defences downed 70 Russian drones over Ukraine overnight, the air force said on Tuesday."


def test_a_weapon_named_by_its_sender_that_hit_joins_the_nights_tally():
    hit = (
        "A man was killed and nine people were hurt when a Russian drone hit a block of flats in Odesa overnight, "
        "the regional governor said on Tuesday."
    )
    assert _rows(_TALLY, hit) == [{1, 2}]


def test_two_weapons_that_hit_are_fewer_than_those_shot_down_and_stay_apart():
    """Near miss: two drones told as hitting the town count two, against 70 shot down: two salvos."""
    hit = (
        "Two Russian drones hit a block of flats in Odesa overnight, killing a man and hurting nine people, "
        "the regional governor said on Tuesday."
    )
    assert sorted(map(sorted, _rows(_TALLY, hit))) == [[1], [2]]
