"""A day one outlet gives that lies within another's range ("overnight") agrees with it: the row shows
the day and no date disagreement. A range that does not hold the day still disagrees."""

from __future__ import annotations

from reporter.brief.merge import Claim, finest


def _dates(*claims: tuple[str, int]) -> list[str]:
    return [c.value for c in finest(tuple(Claim(value=v, sources=(s,)) for v, s in claims))]


def test_a_day_inside_another_outlets_overnight_range_agrees():
    assert _dates(("2026-03-10", 1), ("2026-03-10/2026-03-11", 2)) == ["2026-03-10"]
    assert _dates(("2026-03-10/2026-03-11", 2), ("2026-03-11", 1)) == ["2026-03-11"]


def test_two_days_inside_one_range_still_disagree_with_each_other():
    assert _dates(("2026-03-10", 1), ("2026-03-11", 3), ("2026-03-10/2026-03-11", 2)) == ["2026-03-10", "2026-03-11"]


def test_a_range_that_does_not_hold_the_day_stays_a_disagreement():
    """Control."""
    assert _dates(("2026-03-09", 1), ("2026-03-10/2026-03-11", 2)) == ["2026-03-09", "2026-03-10/2026-03-11"]
