"""A step's deadline told extended by a later report ('the deadline for X's pullout from Y was
extended to') is that commitment's date moved: one timeline line due at the new date, the first date
kept as superseded and shown beside it; a mandate extended, or another party's deadline, stays a line
of its own."""

from __future__ import annotations

from datetime import date

from reporter.brief.commitment_identity import identity
from reporter.brief.commitments import merge_milestones
from reporter.brief.merge import Report
from reporter.models import Milestone

FIRST = "Under the accord, Russia must pull its troops out of northern Mali by March 3, officials said."


def _report(source: int, what: str, due: str, published: date, evidence: str | None = None) -> Report:
    return Report(source=source, published=published, fact=Milestone(what=what, due=due, evidence=evidence or what))


def _first() -> Report:
    return _report(1, "Russia must pull its troops out of northern Mali", "2031-03-03", date(2031, 2, 1), FIRST)


def test_a_deadline_for_a_states_pullout_names_that_state_as_who_leaves():
    """'the deadline for Russia's pullout' bounds Russia's leaving; a possessive after 'for' in
    another frame ('equipment for Mali's army') names no one who leaves."""
    told = Milestone(what="the deadline for Russia's pullout from northern Mali was extended", due="2031-04-20", evidence="")
    assert identity(told).who == "Russia"
    other = Milestone(what="equipment for Mali's army will be delivered", due="2031-04-20", evidence="")
    assert identity(other).who != "Russia"


def test_a_deadline_extended_by_a_later_report_is_one_line_at_the_new_date():
    """'by March 3' then, weeks later, 'the deadline for Russia's pullout from northern Mali was
    extended until April 20' (or 'extended the deadline for'): one line, due April 20, March 3 kept
    as superseded and both dates shown."""
    for told in (
        "The mediators said the deadline for Russia's pullout from northern Mali was extended until April 20.",
        "The mediators said they had extended the deadline for Russia's pullout from northern Mali to April 20.",
    ):
        clause = told.split(" until ")[0].split(" to April")[0].rstrip(".")
        later = _report(2, clause, "2031-04-20", date(2031, 3, 4), told)
        (line,) = merge_milestones([_first(), later], as_of=date(2031, 3, 10))
        assert line.due == "2031-04-20"
        assert line.superseded == ("2031-03-03",)
        assert line.status == "due"
        dues = {c.value for c in line.disagreement("due").claims}
        assert dues == {"2031-03-03", "2031-04-20"}


def test_a_mandate_extended_or_another_partys_deadline_stays_apart():
    """Near misses: the UN mission's mandate extended to the later day, and the deadline of another
    state's pullout from the same ground extended, are lines of their own."""
    mandate = "The mandate of the UN mission in northern Mali was extended until April 20."
    other = "The mediators said the deadline for Turkey's pullout from northern Mali was extended until April 20."
    for told in (mandate, other):
        later = _report(2, told.split(" until ")[0], "2031-04-20", date(2031, 3, 4), told)
        lines = merge_milestones([_first(), later], as_of=date(2031, 3, 10))
        assert sorted(m.due for m in lines) == ["2031-03-03", "2031-04-20"]
