"""Milestones: a firm's plans in a story that borrows war words (jobs cut by a date, a market left by a
year) are civil life's, no step of a presence; a force leaving a town or a region's markets keeps its due."""

from __future__ import annotations

from datetime import date

TOLD = date(2029, 4, 12)
#: An opening that makes the page a security story, so its plans are read as such.
WAR = "Rebels shelled the port of Adra on Wednesday, killing four sailors. "


def _dues(ex, text: str) -> list[str]:
    return [m.due for m in ex.extract(WAR + text, id="t", published=TOLD).milestones]


def test_jobs_cut_and_market_left(ex):
    text = "The shipping firm said it would cut 2,000 jobs by the end of June and leave the Asian market by 2031."
    assert _dues(ex, text) == []


def test_force_leaving_a_market_town_stays(ex):
    """Control: a force named in the clause binds the step."""
    assert _dues(ex, "The rebel brigade will pull out of the market town of Adra by June 2029.") == ["2029-06"]
