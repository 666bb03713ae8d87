"""One night's attack on a city told city-wide by some outlets and as a hit on one district of it by
others, with the same dead, is one row, whichever rows the reports first fell into; two named districts of
one town are two places. A district told as the town's own
("Kharkiv's X district") lies in that town, not at a namesake elsewhere."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import group_incidents
from tests.conftest import incident_reports


def _rows(*articles: tuple[str, date]) -> list[set[int]]:
    reports = incident_reports(articles)
    return sorted(({r.source for r in g} for g in group_incidents(reports)), key=min)


_SUNDAY = date(2031, 4, 13)
_CITY_WIDE = ("Russia launched drones and missiles at Kharkiv overnight, killing three people, the mayor said on Sunday.", _SUNDAY)
_DISTRICT = ("A Russian missile hit a nine-storey block in the Slobidskyi district overnight, killing three people, rescuers said.", _SUNDAY)
_CITY = ("A missile struck a residential building in Kharkiv overnight, killing three, officials said on Sunday.", _SUNDAY)
_BOTH = ("Sunday's overnight strike killed three in Kharkiv, where a missile hit a block in Slobidskyi district.", date(2031, 4, 14))


def test_a_city_wide_night_and_a_district_hit_with_the_same_dead_are_one_row():
    assert _rows(_CITY_WIDE, _DISTRICT, _CITY, _BOTH) == [{1, 2, 3, 4}]


def test_two_named_districts_of_one_town_are_two_places():
    """Near miss: another district's blow that night, with its own dead, is not the first district's
    row, though the city-wide reports may tie to either."""
    other = ("A missile also hit a school in Kharkiv's Kholodnohirskyi district overnight, killing one guard, police said.", _SUNDAY)
    rows = _rows(_CITY_WIDE, _DISTRICT, _CITY, _BOTH, other)
    assert len(rows) == 2 and not any({4, 5} <= row for row in rows), rows


def test_a_district_told_as_the_towns_own_lies_in_that_town(ex):
    text = "A missile hit a block of flats in Odesa's Prymorskyi district on Sunday, killing two, the council said."
    (incident,) = ex.extract(text, id="t", published=date(2031, 4, 14)).incidents
    assert incident.location == "Prymorskyi district, Odesa"
    assert abs(incident.lat - 46.48) < 0.5 and abs(incident.lon - 30.72) < 0.5
