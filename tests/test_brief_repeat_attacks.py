"""An attack a sentence tells as a repeat ('again', 'renewed') on a day of its own is not another
outlet's attack at the same place the day before; a repeat told of the same night still is."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import group_incidents
from tests.conftest import incident_reports

_FRIDAY = ("Paramilitary gunners shelled the Zamzam camp on Friday, killing six people, medics said.", date(2031, 5, 10))


def _rows(*articles: tuple[str, date]) -> list[set[int]]:
    reports = incident_reports(articles)
    return [{r.source for r in g} for g in group_incidents(reports)]


def test_shelling_told_again_on_the_next_day_is_a_second_row():
    saturday = ("On Saturday, paramilitary artillery again pounded Zamzam camp, killing three people, residents said.", date(2031, 5, 11))
    assert _rows(_FRIDAY, saturday) == [{1}, {2}]


def test_a_repeat_told_of_the_same_night_is_still_one_row():
    """Near miss: 'late on Friday' and 'early on Saturday' are one night, whatever 'again' refers to."""
    late = ("Paramilitary gunners again shelled the Zamzam camp late on Friday, medics said.", date(2031, 5, 10))
    early = ("Shells hit the Zamzam camp early on Saturday, residents said.", date(2031, 5, 10))
    assert _rows(late, early) == [{1, 2}]
