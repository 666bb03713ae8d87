"""What a clause telling an earlier event names ('a day after an attack on a fuel depot') is no target
of a report dated to its own day; and a night told between two days ('early on Wednesday') ties two
outlets' reports of one town only when what they say was hit does not differ: a depot hit on Tuesday
and the airport hit early on Wednesday are two rows, one night's attack told by two days stays one."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.conftest import outlet_brief


def _rows(ex, *told: tuple[str, str]) -> list[tuple[str, str | None, int]]:
    """(type, place, number of sources) of each row of a brief built from (page day, text) articles."""
    rows = outlet_brief(ex, *told, as_of=datetime(2030, 12, 1, 6, tzinfo=UTC)).incidents
    return sorted((r.type, r.location, len(r.sources)) for r in rows)


_DEPOT = ("2030-05-08", "EL OBEID (Desk) - A drone hit a fuel depot in El Obeid on Tuesday, starting a fire, the army said.")


def test_the_airport_hit_a_day_after_the_depot_is_another_row(ex):
    """The depot on Tuesday; the airport early on Wednesday, 'a day after an attack on a fuel depot'."""
    airport = (
        "2030-05-09",
        "Drones struck the airport in El Obeid early on Wednesday, a day after an attack on a fuel depot in the city, officials said.",
    )
    assert _rows(ex, _DEPOT, airport) == [("drone_attack", "El Obeid", 1), ("drone_attack", "El Obeid", 1)]


def test_one_nights_attack_told_by_two_days_stays_one_row(ex):
    """Near miss: late on Tuesday and early on Wednesday, nothing hit told otherwise: one row."""
    late = ("2030-05-08", "EL OBEID (Desk) - A drone struck El Obeid late on Tuesday, the army said.")
    early = ("2030-05-09", "Drones struck El Obeid early on Wednesday, officials said.")
    assert _rows(ex, late, early) == [("drone_attack", "El Obeid", 2)]
