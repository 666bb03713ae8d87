"""A clause that names only a deadline ("the deadline was pushed to the 9th"), due the day a step of
the same article is due, is that step's deadline retold: one timeline line, not an orphan beside it.
Another article's bare deadline, or one due another day, is not tied by this."""

from __future__ import annotations

from datetime import date

from reporter.brief.commitments import merge_milestones
from reporter.brief.merge import Report
from reporter.models import Milestone


def _r(source: int, what: str, due: str) -> Report:
    return Report(source=source, published=date(2027, 3, 1), fact=Milestone(what=what, due=due, evidence=what + ".", done=False))


_STEP = "Turkish troops must leave the border villages of northern Syria"
_BARE = "Mediators said the deadline had been pushed back"


def test_bare_deadline_due_that_day_in_the_same_article_joins_its_step():
    lines = merge_milestones([_r(1, _STEP, "2027-03-09"), _r(1, "American officials said the deadline had been pushed back", "2027-03-09")], as_of=date(2027, 4, 1))
    assert len(lines) == 1, [m.what for m in lines]
    assert lines[0].who == "Turkey"


def test_bare_deadline_of_another_day_stays_apart():
    lines = merge_milestones([_r(1, _STEP, "2027-03-09"), _r(1, _BARE, "2027-03-20")], as_of=date(2027, 4, 1))
    assert len(lines) == 2


def test_step_with_its_own_party_is_not_a_bare_deadline():
    other = "Iranian forces must leave the hills near Aleppo by the same deadline"
    lines = merge_milestones([_r(1, _STEP, "2027-03-09"), _r(1, other, "2027-03-09")], as_of=date(2027, 4, 1))
    assert len(lines) == 2
