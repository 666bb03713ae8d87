"""Milestones: a deployment told done by the places it has spread to ("had moved into 12 more hamlets")
is its progress so far, no step of a presence begun or ended; a deployment told done whole, and one
into more places planned by a date, keep their readings."""

from __future__ import annotations

from datetime import date

TOLD = date(2030, 6, 13)  # a Thursday


def _read(ex, text: str) -> list[tuple[str, bool]]:
    return [(m.due, m.done) for m in ex.extract(text, id="t", published=TOLD).milestones]


def test_a_deployment_spread_to_more_places_is_progress(ex):
    text = "The army said on Thursday it had deployed in 12 more hamlets along the river this week."
    assert _read(ex, text) == []


def test_a_deployment_to_a_further_count_of_posts(ex):
    text = "The army said on Thursday it had deployed to a further six posts along the river."
    assert _read(ex, text) == []


def test_a_deployment_done_whole_stays(ex):
    """Control: the force told in the last places of a zone is a step done."""
    text = "The army said on Thursday it had deployed in the last hamlets along the river."
    assert _read(ex, text) == [("2030-06-13", True)]


def test_more_places_planned_by_a_date_stay(ex):
    """Control: a deployment into more places by a deadline is a plan with its due."""
    text = "The army will deploy in 12 more hamlets along the river by the end of July."
    assert _read(ex, text) == [("2030-07-31", False)]
