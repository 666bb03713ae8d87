"""One weapon of a salvo told as the one that got through ('a rocket hit a house') counts no salvo:
it caps no interception's count, so the salvo, what was shot down and the hit are one row; a
count of weapons fired smaller than those shot down still tells two salvos."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import group_incidents
from tests.conftest import incident_reports

_DAY = date(2031, 3, 4)


def _rows(*texts: str) -> list[set[int]]:
    reports = incident_reports([(text, _DAY) for text in texts])
    return [{r.source for r in g} for g in group_incidents(reports)]


def test_the_rocket_that_got_through_joins_its_salvo_and_the_interceptions():
    wire = (
        "Some 40 rockets were launched from Lebanon at the Galilee late on Monday, with air defences intercepting "
        "most of them. A rocket hit a house in Safed; one man was lightly hurt."
    )
    blog = "Militants fired about 40 rockets at the Galilee overnight; most were downed, but one struck a house in Safed, lightly hurting a man."
    assert _rows(wire, blog) == [{1, 2}]


def test_fewer_fired_than_shot_down_is_still_another_salvo():
    """Near miss: two rockets fired at the town, beside 40 shot down over the region: two salvos."""
    downed = "Air defences shot down 40 rockets over the Galilee late on Monday, the army said."
    fired = "Two rockets were fired at Safed late on Monday, police said."
    assert sorted(map(sorted, _rows(downed, fired))) == [[1], [2]]
