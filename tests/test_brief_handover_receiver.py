"""A base handover told planned and later told done is one timeline line, completed: the army the
base is handed to is no party of the step (even when a speaker of its country opens the sentence),
and a plan that names its base by its own name, with no article, is a plan for that site."""

from __future__ import annotations

from datetime import date

from reporter.brief.commitment_identity import read_identity
from reporter.brief.commitments import merge_milestones
from tests.conftest import milestone_reports


def _lines(articles: list[tuple[str, date]]):
    reports = milestone_reports(articles)
    return merge_milestones(reports, as_of=date(2031, 3, 25))


_PLAN = ("The U.S.-led coalition will hand over Ain Dara air base to Iraqi forces by the end of March, an officer said.", date(2031, 2, 10))
_DONE = (
    "Iraq said on Thursday that coalition forces had handed over the Ain Dara airbase to the Iraqi army, a week early.",
    date(2031, 3, 21),
)


def test_the_receiving_army_is_not_the_party_of_the_handover():
    """'X said that the coalition handed the base to the Iraqi army': the coalition hands it over."""
    said = read_identity("Iraq said on Thursday that coalition forces had handed over the Ain Dara airbase to the Iraqi army")
    assert said.who == "US-led coalition"


def test_a_state_whose_own_troops_leave_is_still_the_party():
    """Near miss: 'Iraqi troops left the base' names Iraq as who leaves."""
    assert read_identity("Iraqi troops left the Ain Dara base on Thursday").who == "Iraq"


def test_a_named_base_handed_over_early_completes_its_planned_line():
    lines = _lines([_PLAN, _DONE])
    assert len(lines) == 1, [(m.what, m.due) for m in lines]
    assert lines[0].status == "completed"
    assert lines[0].completed == "2031-03-20"


def test_one_base_left_does_not_complete_a_country_wide_plan():
    """Near miss: a plan that names no site is not completed by one base handed over."""
    plan = ("The U.S.-led coalition will leave federal Iraq by the end of March, an officer said.", date(2031, 2, 10))
    lines = _lines([plan, _DONE])
    assert [m.status for m in lines if 1 in m.sources] == ["due"]
