"""A date told in an outside guess of how likely a step is, or in a proposal nobody has adopted yet (a
lawmaker's proposal, a draft or bill that would allow a step), is no commitment, deadline or plan; a plan
told beside the same kinds of words stays a milestone."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2026, 11, 4)


def _due(ex: Extractor, text: str) -> list[str]:
    return [m.due for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say a complete pullout of the brigade by the end of next year is possible but unlikely.",
        "Experts said a handover of the northern bases by June 2027 was unlikely given the fighting.",
        "Several observers think the contingent will probably stay until 2028.",
    ],
)
def test_an_outside_guess_of_likelihood_is_no_milestone(ex, text):
    """Forecasters weighing how likely a date is ('possible', 'unlikely', 'probably') set no date."""
    assert _due(ex, text) == []


def test_a_plan_reported_beside_forecasters_stays(ex):
    """Forecasters who restate a plan without weighing its odds leave it a plan."""
    text = "Analysts said the coalition troops will leave the Harir base by June 2027, as the ministry announced."
    assert _due(ex, text) == ["2027-06"]


@pytest.mark.parametrize(
    "text",
    [
        "Some lawmakers have proposed bringing every remaining soldier home by March 2027, but no vote is set.",
        "A rival draft would let the government keep foreign trainers until 2030.",
        "The opposition bloc proposes that the coalition troops leave the northern bases by May 2027.",
    ],
)
def test_a_proposal_not_yet_adopted_is_no_milestone(ex, text):
    """A proposal voiced or a draft that would allow a step binds no one yet."""
    assert _due(ex, text) == []


def test_a_plan_that_proposals_follow_stays(ex):
    """A force's own plan stays when the sentence only mentions a proposal after it."""
    text = "The coalition will withdraw its troops from the Harir base by March 2027, the ministry said."
    assert _due(ex, text) == ["2027-03"]
