"""The learned milestone layer adds no meeting, vote, talks or training trip: a gathering named anywhere in
a clause that names no step, or forces moved for an exercise, is refused by the rules' policy whatever a
model scores, while a step of a force or a truce beside such words still may be added."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import learned
from reporter.extract.milestones import find_milestones

TOLD = date(2030, 1, 5)
#: a model that finds every date a due date: only the policy's refusals stand between it and an addition
KEEN = learned.Model(learned.Scorer({}, 30.0), learned.Scorer({}, 30.0), add=0.5, drop=0.0)


def _dues(ex, text: str) -> list[str]:
    _, art = ex.document(text, TOLD)
    assert art is not None
    return sorted(m.due for m in learned.revise(art, find_milestones(art), KEEN))


@pytest.mark.parametrize(
    "text",
    [
        "The truce committee will hold a review meeting in the border town in July 2030, a diplomat said.",
        "The two armies will hold a meeting of their border commanders on 14 May 2030 under the accord.",
        "Parliament is due to vote on a new chief of staff for the army on 12 June 2030.",
        "A company of 120 marines will sail to the northern fjords for winter training in February 2030.",
        "The brigade's gunners will fly to the coast for joint drills with allied troops in March 2030.",
    ],
)
def test_a_gathering_or_a_training_trip_is_no_step(ex, text):
    assert _dues(ex, text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a step of disarmament under a deal, no gathering named
        ("Under the accord, the militia gives up its heavy guns on 14 May 2030.", "2030-05-14"),
        # forces sent for training that leave the place: the leaving is a step
        ("The marines sent north for winter training will leave the fjords by March 2030.", "2030-03"),
        # a training mission is a presence, its end a step
        ("The alliance's training mission for the army will end in June 2030, officials said.", "2030-06"),
    ],
)
def test_a_step_beside_such_words_stays(ex, text, due):
    """Control: a step of a force or a deal keeps its due."""
    assert _dues(ex, text) == [due]
