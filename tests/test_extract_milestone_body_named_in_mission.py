"""A plan told in a headline by a body ('AU force to cut 3,000 troops by end of May') and in the body by the
body's own mission, named with the body's name in it ('The African Union mission in Somalia will withdraw
3,000 soldiers by the end of May'), is one plan told twice; two parties whose names share nothing stay two."""

from __future__ import annotations

from datetime import date

from reporter.extract import Extractor

PUB = date(2025, 3, 4)


def _dues(ex: Extractor, text: str) -> list[str]:
    return sorted(m.due for m in ex.extract(text, id="x", published=PUB).milestones)


def test_a_body_and_its_mission_named_with_it_tell_one_plan(ex):
    text = (
        "AU force to cut 3,000 troops by end of May\n\n"
        "MOGADISHU - The African Union mission in Somalia will withdraw 3,000 soldiers by the end of May, "
        "the mission said on Tuesday."
    )
    assert _dues(ex, text) == ["2025-05-31"]


def test_two_parties_named_apart_keep_two_plans(ex):
    text = (
        "Israeli troops are to leave the border villages by May 31, and Hezbollah is to move its "
        "fighters north of the river by May 31, the mediators said."
    )
    assert _dues(ex, text) == ["2025-05-31", "2025-05-31"]
