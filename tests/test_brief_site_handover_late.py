"""A named site to be handed over by a day, and later told left a few days after that day, is one
timeline line, completed; the same site left within a week of its deadline is that deadline met late,
and a handover clause names its site as where the step is taken. A different site stays its own line."""

from __future__ import annotations

from datetime import date

from reporter.brief.commitment_identity import towns_left
from reporter.brief.commitments import merge_milestones
from tests.conftest import milestone_reports


def _lines(articles: list[tuple[str, date]]):
    reports = milestone_reports(articles)
    return merge_milestones(reports, as_of=date(2026, 12, 1))


_PLAN = ("US troops will hand over the Green Village base near Deir ez-Zor by June 30, a local commander said.", date(2026, 5, 20))


def test_named_site_left_days_after_its_handover_deadline_is_one_completed_line():
    late = ("US troops completed their withdrawal from the Green Village base on Wednesday, the SDF said.", date(2026, 7, 3))
    lines = _lines([_PLAN, late])
    assert len(lines) == 1, [(m.what, m.due) for m in lines]
    assert lines[0].status == "completed"
    assert lines[0].sources == (1, 2)


def test_another_site_left_after_that_deadline_stays_apart():
    other = ("US troops completed their withdrawal from the Kharab al-Jir base on Wednesday, the SDF said.", date(2026, 7, 3))
    lines = _lines([_PLAN, other])
    assert len(lines) == 2, [(m.what, m.due) for m in lines]


def test_a_handover_clause_names_the_site_it_leaves():
    assert towns_left("soldiers will hand over Tessalit to the army")
    assert towns_left("the army took over Tessalit from the peacekeepers")
    assert not towns_left("soldiers will hand over their weapons to the army")
