"""A weekday told after the day of a saying in one sentence: a deed told done in the simple past ("said on
Friday it carried out a raid on Thursday") fell on the weekday before the saying, and makes no step due
ahead; a deadline set at the saying ("demanded on Tuesday that they leave by Monday") still falls after it."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 3, 10)  # a Monday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On Friday, U.S. Africa Command said it carried out an air strike on a rebel camp near Baidoa on Thursday.", "2025-03-06"),
        ("On Saturday, U.S. Africa Command said its jets struck a rebel camp near Baidoa on Wednesday.", "2025-03-05"),
    ],
)
def test_a_deed_told_done_after_the_saying_day_is_no_step_ahead(ex, text, day):
    facts = ex.extract(text, id="x", published=PUB)
    assert [m.due for m in facts.milestones] == []
    assert [i.date for i in facts.incidents] == [day]


def test_a_step_told_done_keeps_only_its_own_day(ex):
    """ "said on Saturday the soldiers evacuated the base on Thursday": the step done on the Thursday before
    the saying, not also a step due on the Thursday after it."""
    facts = ex.extract("On Saturday the ministry said the foreign soldiers evacuated the base on Thursday.", id="x", published=PUB)
    assert [m.due for m in facts.milestones] == ["2025-03-06"]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # near misses: a term set at the saying still falls after the saying's day
        ("On Thursday the army ordered the militia to leave the town by Sunday.", "2025-03-09"),
        ("On Thursday the rebels gave the army until Sunday to leave the town.", "2025-03-09"),
    ],
)
def test_a_term_set_at_the_saying_still_falls_after_it(ex, text, due):
    facts = ex.extract(text, id="x", published=PUB)
    assert [m.due for m in facts.milestones] == [due]


def test_a_step_demanded_without_to_still_falls_after_the_saying(ex):
    """Near miss: "demanded the army withdraw ... on Monday" (a past verb that sets a step, no "to" or "that"),
    told on a Friday: the coming Monday."""
    text = "On Tuesday the rebels demanded the army withdraw its troops from the town on Monday."
    facts = ex.extract(text, id="x", published=date(2025, 3, 14))
    assert [m.due for m in facts.milestones] == ["2025-03-17"]
