"""The incident log is in date order: a row told over two days ("overnight into Thursday") follows
the rows of its first day alone, whatever its type; rows of one day keep their order by type."""

from __future__ import annotations

from datetime import date

from reporter.brief.merge import Families, Report, merge_incidents
from reporter.models import Incident

_DAY = date(2026, 3, 13)


def _rows(*facts: tuple[str, str, str]):
    outlets = {n: f"Outlet {n}" for n in range(1, len(facts) + 1)}
    texts = {n: f"separately written story number {n} " * 3 for n in outlets}
    reports = [
        Report(source=n, published=_DAY, fact=Incident(date=d, type=t, location=where, country="Iraq"))
        for n, (d, t, where) in zip(outlets, facts, strict=True)
    ]
    return [(m.date_from, m.date_to, m.type) for m in merge_incidents(reports, Families(outlets, texts))]


def test_a_two_day_row_follows_the_rows_of_its_first_day():
    rows = _rows(
        ("2026-03-11", "rocket_attack", "Basra"),
        ("2026-03-11/2026-03-12", "drone_strike", "Erbil"),
        ("2026-03-11", "ied", "Kirkuk"),
    )
    assert [r[1] for r in rows] == ["2026-03-11", "2026-03-11", "2026-03-12"]


def test_rows_of_one_day_keep_their_order_by_type():
    """Control."""
    rows = _rows(("2026-03-11", "rocket_attack", "Basra"), ("2026-03-11", "drone_strike", "Erbil"))
    assert [r[2] for r in rows] == ["drone_strike", "rocket_attack"]
