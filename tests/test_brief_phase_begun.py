"""A numbered phase of a deal told due to begin on a day, and later told begun some days off that
day, is one timeline line, completed; its built label keeps the phase. Another phase, or a phase of
a deal in another country, stays its own line."""

from __future__ import annotations

from datetime import date

from reporter.brief.commitments import merge_milestones
from reporter.brief.phrasing import commitment_label
from tests.conftest import milestone_reports


def _lines(articles: list[tuple[str, date]]):
    reports = milestone_reports(articles)
    return merge_milestones(reports, as_of=date(2031, 7, 1))


_PLAN = (
    "Under the truce for Gaza, the second stage is to begin on June 2, when the army is to start pulling back, envoys said.",
    date(2031, 5, 20),
)


def test_a_phase_begun_a_week_late_completes_its_planned_line():
    begun = ("Stage two of the Gaza truce began on Tuesday, envoys said, eight days behind the plan.", date(2031, 6, 11))
    lines = _lines([_PLAN, begun])
    assert len(lines) == 1, [(m.what, m.due) for m in lines]
    assert lines[0].status == "completed"
    assert lines[0].completed == "2031-06-10"


def test_another_phase_begun_stays_apart():
    """Near miss: the third stage begun is not the second stage's start."""
    other = ("Stage three of the Gaza truce began on Tuesday, envoys said.", date(2031, 6, 11))
    assert len(_lines([_PLAN, other])) == 2


def test_a_phase_of_a_deal_elsewhere_stays_apart():
    """Near miss: the second phase of a pullout in another country is another plan's."""
    other = ("The second phase of the pullout from Lebanon began on Tuesday, officials said.", date(2031, 6, 11))
    assert len(_lines([_PLAN, other])) == 2


def test_a_built_label_keeps_the_phase():
    assert commitment_label(None, "Gaza Strip", action="start", step="ceasefire", phase=2) == (
        "Ceasefire in the Gaza Strip (phase 2) takes effect"
    )
    assert commitment_label(None, "Gaza Strip", action="start", step="ceasefire") == "Ceasefire in the Gaza Strip takes effect"
