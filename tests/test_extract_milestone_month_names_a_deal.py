"""Milestones: a month alone that names a deal, a truce or a blow it dates ("the October pact") is the
latest such month by the report, so a clause looking ahead around it makes no plan due that month next
year; a deadline or a vote named by its month may still lie ahead."""

from __future__ import annotations

from datetime import date

TOLD = date(2031, 2, 4)


def _read(ex, text: str) -> list[tuple[str, str]]:
    return [(m.due, m.what) for m in ex.extract(text, id="t", published=TOLD).milestones]


def _months(ex, text: str) -> list[str]:
    _, art = ex.document(text, TOLD, None)
    return [d.span.start.isoformat()[:7] for d in art.dates if d.span]


def test_a_truce_named_by_its_month_is_gone_by(ex):
    text = "The brigade held two hills a day after the deadline for its pullback under the October truce ran out."
    assert all(not due.startswith("2031-10") for due, _ in _read(ex, text))
    assert _months(ex, text) == ["2030-10"]


def test_a_pact_named_by_its_month_under_a_plan(ex):
    assert _months(ex, "The militia will leave the plain under the terms of the November pact, envoys said.") == ["2030-11"]


def test_a_month_before_a_vote_still_lies_ahead(ex):
    """Control: a vote named by its month is set for it, ahead of the report."""
    assert _months(ex, "The militia will leave the plain before the November vote, envoys said.") == ["2031-11"]


def test_a_plan_by_a_month_keeps_its_year_ahead(ex):
    """Control: a month a deadline word opens is the coming one."""
    assert _read(ex, "The militia will leave the plain by November, envoys said.") == [("2031-11", "The militia will leave the plain")]
