"""A vague mention still due ("Both are to be handed over" by July 31) sits on a plan's line by its date
alone: the report that the plan was done ("ended its military presence in Gabon" on July 30) meets the
line whatever verb the vague mention lent it, and the line is completed, not left passed beside a line
of its own."""

from __future__ import annotations

from datetime import date

from reporter.brief.commitments import merge_milestones
from reporter.brief.merge import Report
from reporter.models import Milestone

_PLAN = ("a withdrawal that is due to be completed (Belgian)", "2027-07-31", False, date(2027, 6, 5))
_BOTH = ("Both are to be handed over (Belgian)", "2027-07-31", False, date(2027, 7, 10))


def _lines(*told: tuple[str, str, bool, date]) -> list[tuple[tuple[int, ...], str]]:
    reports = [
        Report(source=n, published=day, fact=Milestone(what=what, due=due, evidence=what, done=done))
        for n, (what, due, done, day) in enumerate(told, 1)
    ]
    return sorted((line.sources, line.status) for line in merge_milestones(reports, as_of=date(2027, 8, 5)))


def test_the_plan_done_meets_a_line_a_vague_mention_joined_by_its_date():
    done = ("Belgium formally ended its military presence in Gabon on Friday", "2027-07-30", True, date(2027, 7, 31))
    assert _lines(_PLAN, _BOTH, done) == [((1, 2, 3), "completed")]


def test_one_named_camp_handed_over_that_week_does_not_complete_the_line():
    """Near miss: one camp handed over is a site's step, not the plan done."""
    camp = ("Belgian troops handed over the Owendo camp to the army on Thursday", "2027-07-29", True, date(2027, 7, 30))
    lines = _lines(_PLAN, _BOTH, camp)
    assert ((3,), "completed") in lines and ((1, 2), "completed") not in lines
