"""A step told as what is left of a plan ("the remaining two bases are to be handed over by May") is the rest
of the plan after the steps already reported done when it was told: a base handed over before then is a line
of its own, not the remainder met. A step done after it was told may still be part of it."""

from __future__ import annotations

from datetime import date

from reporter.brief.commitments import merge_milestones
from reporter.brief.merge import Report
from reporter.models import Milestone


def _lines(*told: tuple[str, str, bool, date]) -> list[tuple[int, ...]]:
    reports = [
        Report(source=n, published=day, fact=Milestone(what=what, due=due, evidence=what, done=done))
        for n, (what, due, done, day) in enumerate(told, 1)
    ]
    return sorted(line.sources for line in merge_milestones(reports, as_of=date(2026, 6, 1)))


def test_a_base_handed_over_before_the_remainder_was_told_is_its_own_line():
    assert _lines(
        ("French forces handed over their base in Faya-Largeau to the army on Sunday", "2026-04-05", True, date(2026, 4, 6)),
        ("French forces are to hand over their remaining two bases in Chad", "2026-05", False, date(2026, 4, 6)),
        ("French forces are to hand over the rest of their bases in Chad", "2026-05", False, date(2026, 4, 9)),
    ) == [(1,), (2, 3)]


def test_without_a_remainder_a_handover_done_early_meets_the_plan():
    """Near miss: the plan itself ("their bases ... by May"), told before, is met by a handover done ahead of it."""
    assert _lines(
        ("French forces handed over their base in Faya-Largeau to the army on Sunday", "2026-04-05", True, date(2026, 4, 6)),
        ("French forces are to hand over their bases in Chad", "2026-05", False, date(2026, 3, 1)),
    ) == [(1, 2)]
