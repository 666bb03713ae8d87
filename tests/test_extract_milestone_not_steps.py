"""Clauses that look like a step but tell none: a gathering or a court case that goes on to a date, a
place named by the step that emptied it, and a subjectless clause of an arms contract; each beside a
near miss that is a step of a force's presence and must keep its reading."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

PUB = date(2025, 1, 31)


def _read(ex: Extractor, text: str) -> list[tuple[str, bool]]:
    return [(m.due, m.done) for m in ex.extract(text, id="x", published=PUB).milestones]


@pytest.mark.parametrize(
    "text",
    [
        "The summit of army chiefs will last until Tuesday.",
        "The ministry said the soldiers' trial would run until April.",
        "The talks on the pullout will continue until Friday, officials said.",
    ],
)
def test_a_gathering_that_goes_on_to_a_date_is_no_milestone(ex, text):
    """A summit, talks or a trial lasting to a date is its own length, no change of a force's presence."""
    assert _read(ex, text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The truce is expected to last until the end of February.", "2025-02-28"),
        ("The mission, approved at the summit, will last until December 2026.", "2026-12"),
        ("The army's presence will continue until the end of 2026, officials told the summit.", "2026-12"),
    ],
)
def test_a_truce_a_mission_or_a_presence_that_lasts_stays_a_milestone(ex, text, due):
    """The same verbs of going on, said of a truce, a mission or a presence (a gathering only beside it),
    still bound a step."""
    assert [d for d, _ in _read(ex, text)] == [due]


@pytest.mark.parametrize(
    "text",
    [
        "Local officials said the army stood ready to deploy in all villages vacated by the occupying troops.",
        "Government troops moved into the posts handed over by the peacekeepers.",
    ],
)
def test_a_place_named_by_the_step_that_emptied_it_is_no_step_done(ex, text):
    """A bare participle with its agent after a preposition's noun names the place; it reports no step."""
    assert _read(ex, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The last posts in the south were vacated by the peacekeepers on Thursday.",
        "The peacekeepers vacated the last posts in the south on Thursday, officials said.",
    ],
)
def test_a_step_told_with_its_agent_in_a_clause_of_its_own_stays_done(ex, text):
    """A passive or active clause of its own that tells the step with its day is a step done that day."""
    assert _read(ex, text) == [("2025-01-30", True)]


def test_a_subjectless_clause_of_an_arms_contract_is_no_milestone(ex):
    """ "with deliveries to begin in 2026 and to be completed by 2028": the completion is the deliveries'."""
    text = "The defence ministry said it had ordered 40 new jets, with deliveries to begin in 2026 and to be completed by 2028."
    assert _read(ex, text) == []


def test_a_move_completed_beside_an_arms_order_stays_a_milestone(ex):
    """A step of a force told with its own subject beside an order of arms keeps its date."""
    text = "The army said it had ordered 40 new tanks, and the brigade's move to the border is to be completed by 2028."
    assert [d for d, _ in _read(ex, text)] == ["2028"]
