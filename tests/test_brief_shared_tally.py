"""A country-wide tally that fits two cities' rows joins the one whose reports tell the same count."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import group_incidents
from tests.conftest import incident_reports

_DAY = date(2026, 3, 15)
_TALLY = "KYIV, Ukraine (Newswire) - Russia launched 112 drones at Ukraine overnight, the air force said on Sunday, and air defences shot down 95 of them. A drone hit an apartment block in Kharkiv, wounding four people."
_PORT = "Russian drones struck Odesa overnight, damaging port infrastructure, the regional governor said. Across the country, air defences downed {n} of the {fired} drones, the air force said."


def _rows(*texts: str) -> list[list[tuple[int, str, str]]]:
    reports = incident_reports([(text, _DAY) for text in texts])
    return [sorted((r.source, r.fact.type, r.fact.location) for r in g) for g in group_incidents(reports)]  # type: ignore[union-attr]


def test_the_tally_joins_the_city_row_that_tells_the_same_number_downed():
    """The salvo told for the whole country and the port story giving the same 95 downed are one
    row; the other city's hit stays its own."""
    rows = _rows(_PORT.format(n=95, fired=112), _TALLY)
    assert len(rows) == 2
    assert [(2, "drone_attack", "Kharkiv")] in rows


def test_a_tally_sharing_no_count_still_joins_neither_city():
    """Near miss: the port story gives another number downed, so nothing chooses between the two cities' rows."""
    rows = _rows(_PORT.format(n=70, fired=130), _TALLY)
    assert len(rows) == 3
    assert [(2, "drone_attack", "Kharkiv")] in rows
