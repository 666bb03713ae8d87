"""A duty to report on a mission by a date is paperwork, no step of the mission; and one release of captives
told twice (a headline's "free", the body's "release") is one milestone, where a step named in the
report's clause and two different releases keep theirs."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2024, 12, 30)


def _due(ex: Extractor, text: str, published: date = PUB) -> list[str]:
    return sorted(m.due for m in ex.extract(text, id="x", published=published).milestones)


@pytest.mark.parametrize(
    "text",
    [
        "The council asked the commission to report on the progress of the mission by the end of March 2025.",
        "The envoy must submit his assessment of the peacekeeping mission to the council by June 30.",
    ],
)
def test_a_report_due_on_a_mission_is_no_milestone(ex, text):
    """Reporting on a mission by a date changes no force's presence."""
    assert _due(ex, text) == []


def test_a_step_named_beside_a_report_keeps_its_date(ex):
    """ "report on the withdrawal, which is to be completed by June 30": the withdrawal's own end."""
    text = "The envoy will report on the withdrawal of the peacekeepers, which is to be completed by June 30."
    assert _due(ex, text) == ["2025-06-30"]


def test_one_release_told_by_two_verbs_is_one_milestone(ex):
    """A headline's "to free three captives on Saturday" and the body's "will release three captives on
    Saturday" are one step."""
    text = (
        "Militants to free three more captives on Saturday\n\n"
        "The militants will release three captives on Saturday in exchange for 90 prisoners held by the army, "
        "the mediators said on Thursday, under the truce that took effect last month."
    )
    assert _due(ex, text, date(2025, 2, 6)) == ["2025-02-08"]


def test_two_releases_by_two_parties_on_one_day_stay_two(ex):
    """Each side's release that day, told apart with nothing in common, keeps its line."""
    text = (
        "Under the truce, the militants will free three soldiers on Saturday. "
        "The army will release 90 detainees on Saturday as well, the mediators said."
    )
    assert len(_due(ex, text, date(2025, 2, 6))) == 2
