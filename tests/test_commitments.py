"""Commitment pins: who does what where identifies a timeline line; status comes from later reports."""

from __future__ import annotations

from datetime import date

from reporter.brief.commitments import merge_milestones, same_commitment
from reporter.brief.merge import Report
from reporter.models import Milestone


def _report(source: int, what: str, due: str, published: date = date(2025, 6, 1), done: bool = False) -> Report:
    return Report(source=source, published=published, fact=Milestone(what=what, due=due, evidence=what, done=done))


def test_one_commitment_whatever_the_wording():
    """Party in one wording, place in another, same action and month: one commitment."""
    a = Milestone(what="hundreds of US troops will leave", due="2025-09", evidence="")
    b = Milestone(what="the coalition is to vacate its bases in Baghdad", due="2025-09", evidence="")
    c = Milestone(what="coalition troops will remain in the Kurdistan Region", due="2026-09", evidence="")
    assert same_commitment(a, b)
    assert not same_commitment(b, c)


def test_steps_and_phases_of_one_withdrawal_stay_apart():
    """Beginning and completing a withdrawal, or two phases of different sizes, are two lines."""
    begin = Milestone(what="French troops begin leaving Chad", due="2024-12", evidence="")
    end = Milestone(what="French troops fully withdraw from Chad", due="2025-01", evidence="")
    two = Milestone(what="the withdrawal of 2,000 soldiers from Somalia", due="2023-06-30", evidence="")
    three = Milestone(what="the withdrawal of 3,000 soldiers from Somalia", due="2023-09-30", evidence="")
    assert not same_commitment(begin, end)
    assert not same_commitment(two, three)


def test_a_step_reported_done_is_completed_and_stays_on_the_timeline():
    """A later report that the handover happened makes the line 'completed' on that date."""
    lines = merge_milestones(
        [
            _report(1, "the coalition will hand over Ain al-Asad to Iraqi forces", "2025-09"),
            _report(2, "the coalition handed over Ain al-Asad to Iraqi forces", "2025-08-20", date(2025, 8, 21), True),
        ],
        as_of=date(2026, 3, 1),
    )
    (line,) = lines
    assert line.status == "completed" and line.completed == "2025-08-20"
    assert line.sources == (1, 2)


def test_overdue_needs_a_later_source_still_calling_it_pending():
    """Past its date with no later word is 'passed'; a source after the date saying it is pending makes it overdue."""
    early = _report(1, "coalition forces will leave federal Iraq", "2025-09")
    late = _report(2, "coalition forces are still to leave federal Iraq", "2025-09", date(2025, 11, 2))
    (passed,) = merge_milestones([early], as_of=date(2026, 3, 1))
    (overdue,) = merge_milestones([early, late], as_of=date(2026, 3, 1))
    assert passed.status == "passed"
    assert overdue.status == "overdue"
