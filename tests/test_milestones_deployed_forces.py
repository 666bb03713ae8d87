"""Forces deployed to a place are a done step only when a deal or its other side's step is told beside them."""

import datetime

import pytest

PUBLISHED = datetime.date(2025, 3, 14)


def _dues(ex, text):
    return [m.due for m in ex.extract(text, id="t", published=PUBLISHED).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "TYRE — The army has deployed about 4,500 soldiers to the south, a military spokesman said on Tuesday.",
        "Northland has deployed some 2,000 extra commandos to its frontier, the defence ministry said.",
        "The government deployed 800 troops in the eastern province on Wednesday after clashes.",
    ],
)
def test_forces_sent_are_no_step(ex, text):
    assert _dues(ex, text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a deployment the deal required, or told with the other side's step, stays a done step
        ("The army deployed 1,500 soldiers to the south on Monday under the truce agreement.", "2025-03-10"),
        ("The army deployed 900 soldiers in the border villages on Monday as the foreign troops withdrew.", "2025-03-10"),
    ],
)
def test_deployment_of_a_deal_stays(ex, text, due):
    assert _dues(ex, text) == [due]


def test_withdrawal_done_stays(ex):
    # control: a withdrawal told done is untouched
    text = "The foreign troops completed their withdrawal from the base on Sunday, a spokesman said."
    assert _dues(ex, text) == ["2025-03-09"]


def test_redeployed_away_stays(ex):
    # control: a redeployment is a step of a presence, not forces sent
    text = "The brigade redeployed to the coast on Monday, the ministry said."
    assert _dues(ex, text) == ["2025-03-10"]


def test_deployment_ahead_stays_a_plan(ex):
    text = "The army will deploy 1,000 soldiers to the south by March 30 under the truce."
    assert _dues(ex, text) == ["2025-03-30"]
