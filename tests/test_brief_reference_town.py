"""A town told only as the point a scene lies by ('a base near the capital', 'a checkpoint outside
the city') does not place its row when another outlet names the scene itself, even a village no
gazetteer knows; a town told as the scene ('a base in the capital') keeps its place."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import Families, merge_incidents
from tests.conftest import incident_reports

_DAY = date(2031, 9, 15)


def _rows(*texts: str) -> list[tuple[str | None, tuple[int, ...]]]:
    reports = incident_reports([(text, _DAY) for text in texts])
    families = Families({n: f"Outlet {n}" for n in range(1, len(texts) + 1)}, dict(enumerate(texts, 1)))
    return [(row.location, row.sources) for row in merge_incidents(reports, families)]


_VILLAGE = (
    "Militants overran an army base in Ceel Garas Dheer on Monday, killing six soldiers, a district official said. "
    "Al-Shabaab said it carried out the raid."
)


def test_the_village_an_outlet_names_places_the_row_not_the_capital_beside_it():
    wire = (
        "MOGADISHU, Sept 15 (Desk) - Al-Shabaab gunmen overran an army base near the capital on Monday, "
        "killing six soldiers, an officer said."
    )
    assert _rows(wire, _VILLAGE) == [("Ceel Garas Dheer", (1, 2))]


def test_a_base_told_in_the_capital_keeps_the_capital():
    """Near miss: the capital told as the scene itself is no reference point; the row (one event, as
    the base named alone may lie in the town) keeps the town's place."""
    wire = (
        "MOGADISHU, Sept 15 (Desk) - Al-Shabaab gunmen overran an army base in the capital on Monday, "
        "killing six soldiers, an officer said."
    )
    assert _rows(wire, _VILLAGE) == [("Mogadishu", (1, 2))]
