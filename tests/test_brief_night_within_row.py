"""Two outlets' "overnight" (a night's two days) beside a third's "Monday night" agree on the Monday:
the row is dated so, with all three sources beside that day, though a live blog's undated entry
(its night before the entry) gives the next night; and a report within the days a row already spans
joins it (it stretches nothing). A night after the row's stays its own row."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.conftest import outlet_brief

_WIRE = ("2030-10-08", "NIAMEY, Oct 8 (Desk) - Drones struck the airport in Agadez overnight, two security sources in Niger said on Tuesday.")  # fmt: skip
_ARMY = ("2030-10-09", "The army general staff said that on the night of 7 to 8 October its air defence units shot down a drone heading for the airport in Agadez.")  # fmt: skip
_LIVE = ("2030-10-09", "Live: Niger updates\n\n09:15 The army says it downed a drone approaching Agadez airport. Residents told us they heard a loud blast near the airport.")  # fmt: skip


def _rows(ex, *told: tuple[str, str]):
    rows = outlet_brief(ex, *told, as_of=datetime(2030, 10, 20, tzinfo=UTC)).incidents
    return [(r.date, len(r.sources), {c.value: c.sources for d in r.disagreements if d.field == "date" for c in d.claims}) for r in rows]  # fmt: skip


def test_the_night_the_overnight_reports_hold_dates_the_row(ex):
    monday = ("2030-10-11", "Monday night's drone attack on the airport in Agadez was the first on an airport in the north of Niger, officials said on Friday.")  # fmt: skip
    ((day, sources, dates),) = _rows(ex, _WIRE, _ARMY, _LIVE, monday)
    assert day == "2030-10-07" and sources == 4
    assert dates == {"2030-10-07": (1, 2, 4), "2030-10-08/2030-10-09": (3,)}


def test_a_later_night_stays_its_own_row(ex):
    """Control: Wednesday night's attack is told after the row's days: a row of its own."""
    wednesday = ("2030-10-11", "Wednesday night's drone attack on the airport in Agadez was the second in a week on an airport in the north of Niger, officials said on Friday.")  # fmt: skip
    rows = _rows(ex, _WIRE, _ARMY, _LIVE, wednesday)
    assert [(d, n) for d, n, _ in rows] == [("2030-10-07/2030-10-08", 3), ("2030-10-09", 1)]
