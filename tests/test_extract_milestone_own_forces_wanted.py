"""Milestones: a party that wants its own forces out or home by a date ("Paris wants its last
instructors out of the country by", "wants all its sailors home by") tells its own plan, as "wants to
withdraw by" does; a wish for others' forces to go stays a wish, no milestone."""

from __future__ import annotations

from datetime import date

TOLD = date(2031, 6, 9)


def _dues(ex, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="t", published=TOLD).milestones]


def test_its_own_forces_wanted_out(ex):
    assert _dues(ex, "Paris wants its last instructors out of the country by the start of next year.") == ["2032-01"]


def test_all_its_own_forces_wanted_home(ex):
    assert _dues(ex, "The navy wants all its sailors home from the gulf by September, an admiral said.") == ["2031-09"]


def test_others_forces_wanted_out_stay_a_wish(ex):
    """Control: the council's wish for foreign troops to go commits no one."""
    assert _dues(ex, "The regional council wants the foreign troops out of the valley by September.") == []
