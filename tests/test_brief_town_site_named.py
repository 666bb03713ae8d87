"""A town named right before a site noun, in a clause that hands the site over or leaves it ("the
Abeche base will be handed over"), is where the step is taken, as one told after "base in" is: the
plan and the later report of that handover are one line, completed. A clause that only tells the
site ("the Abeche base hosts ...") names no town left."""

from __future__ import annotations

from datetime import date

from reporter.brief.commitment_identity import towns_left
from reporter.brief.commitments import merge_milestones
from tests.conftest import milestone_reports


def _lines(articles: list[tuple[str, date]]):
    reports = milestone_reports(articles)
    return merge_milestones(reports, as_of=date(2031, 2, 20))


def test_a_town_before_a_site_noun_in_a_handover_is_the_town_left():
    assert towns_left("The Abeche base will be handed over to the national army") == frozenset({"abeche"})
    assert towns_left("French troops will leave the Abeche camp within weeks") == frozenset({"abeche"})


def test_a_town_before_a_site_noun_with_no_step_is_no_town_left():
    """Near miss: the clause tells the site, not its leaving."""
    assert towns_left("The Abeche base hosts about a thousand soldiers") == frozenset()


def test_a_named_towns_base_handed_over_a_day_early_completes_its_line():
    plan = ("The Abeche base will be handed over to Chadian troops on January 26, officials said on Monday.", date(2031, 1, 13))
    done = ("French forces handed over their base in Abeche to Chadian troops on Saturday, an army spokesman said.", date(2031, 1, 26))
    lines = _lines([plan, done])
    assert [(m.status, m.completed) for m in lines] == [("completed", "2031-01-25")], [(m.what, m.due) for m in lines]
