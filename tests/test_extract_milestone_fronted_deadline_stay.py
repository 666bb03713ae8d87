"""Milestones: a deadline fronted before a stay ("Despite the <day> deadline, X will keep posts in Y") bounds
X's withdrawal from Y, read from the clause after the deadline's comma, as a stay told before the deadline
already was; a fronted deadline before a clause with no stay in a place gives no such step."""

from __future__ import annotations

from datetime import date

TOLD = date(2029, 8, 14)


def _read(ex, text: str) -> list[tuple[str, str]]:
    return [(m.due, m.what) for m in ex.extract(text, id="t", published=TOLD).milestones]


def test_a_stay_after_a_fronted_deadline(ex):
    text = "Despite the September 2 deadline, the brigade will keep four posts in the marshes, two mediators said."
    assert _read(ex, text) == [("2029-09-02", "the brigade to withdraw from the marshes")]


def test_a_fronted_deadline_with_its_step_named(ex):
    text = "Past the September 2 deadline for its pullback, the brigade plans to remain at the river crossing."
    assert _read(ex, text) == [("2029-09-02", "the brigade to withdraw from the river crossing")]


def test_a_fronted_deadline_before_talks_gives_no_withdrawal(ex):
    """Control: talks held in a town after the fronted deadline are no stay on ground."""
    text = "Despite the September 2 deadline, the brigade will hold talks in the capital, two mediators said."
    assert all("to withdraw from" not in what for _, what in _read(ex, text))
