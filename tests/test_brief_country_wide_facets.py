"""A country-wide interception joins the attack its own article tells beside it (one salvo, two
facets), though it would also fit two placed rows of other outlets; with no such attack, fitting
two placed rows, it still joins neither."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import group_incidents
from tests.conftest import incident_reports

_DAY = date(2031, 3, 11)
_SALVO = "Russia launched 80 drones and four missiles at Ukraine overnight, the air force said on Tuesday. Air defences shot down 60 of the drones."
_DOWNED = "Air defences shot down 60 Russian drones over Ukraine overnight, the air force said on Tuesday."
_PORT = "Russian drones hit the port of Odesa overnight, damaging grain silos, the governor said on Tuesday."
_DEBRIS = "Debris from a downed drone fell on houses in Bucha district overnight, officials said on Tuesday."


def _rows(*texts: str) -> list[list[tuple[int, str]]]:
    reports = incident_reports([(text, _DAY) for text in texts])
    return [sorted((r.source, r.fact.type) for r in g) for g in group_incidents(reports)]  # type: ignore[union-attr]


def test_a_country_wide_interception_joins_its_own_articles_attack_not_a_row_apart():
    """The salvo of drones and missiles (a missile attack) and the 60 drones downed from one article are one row, beside the port and the debris."""
    rows = _rows(_SALVO, _PORT, _DEBRIS)
    assert [r for r in rows if r[0][0] == 1] == [[(1, "interception"), (1, "missile_attack")]]


def test_a_country_wide_interception_fitting_two_placed_rows_alone_stays_apart():
    """Near miss: told without its attack, the 60 drones downed fit the port's row and the debris's
    row alike, and join neither."""
    rows = _rows(_DOWNED, _PORT, _DEBRIS)
    assert [(1, "interception")] in rows and all(len({s for s, _ in r}) == 1 for r in rows)
