"""Milestone false hits found on self-written stories outlets print beside plans of forces (arms bought by a
date, a UN body's reports and conferences, a plan denied, a budget to pass), each beside a near miss that
is a step of a force's presence and must still be a milestone."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 6, 20)


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _due(ex: Extractor, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones]


def test_a_un_security_council_deadline_for_a_report_is_no_milestone(ex):
    """ "Security Council" names a body, not security: its panel's report and a donor conference bind no force."""
    text = (
        "The Security Council is due to vote on extending sanctions on Sudan. "
        "The panel of experts must submit its report by the end of August. "
        "Elections in the country are planned for 2027, and a donor conference will be held in Geneva on July 10."
    )
    assert _due(ex, text) == []


def test_the_security_council_extending_a_mission_stays_a_milestone(ex):
    """A mandate told with the council is a mission's term."""
    assert _due(ex, "The Security Council voted to extend UNIFIL's mandate until 31 August 2026.") == ["2026-08-31"]


def test_a_plan_denied_by_a_report_is_no_milestone(ex):
    """ "Denied a report that it planned to withdraw ... by": the plan denied is none."""
    text = "The Pentagon on Thursday denied a report that it planned to withdraw all US troops from Syria by the end of the year."
    assert _due(ex, text) == []
    assert _due(ex, "The Pentagon said on Thursday it planned to withdraw all US troops from Syria by the end of the year.") == [
        "2025-12"
    ]
