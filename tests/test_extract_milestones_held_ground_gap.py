"""Milestones: ground still held whose leaving a relative clause tells, with its object left out ("still
holds posts it was meant to leave" by a date), is labelled by the step: leaving that ground."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.extract import Extractor

TOLD = date(2027, 11, 3)


def _read(ex: Extractor, text: str) -> list[tuple[str, str]]:
    return [(m.due, m.what) for m in ex.extract(text, id="t", published=TOLD).milestones]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("The militia still holds hilltops it was meant to leave by October 20, a mediator said.",
         "The militia to leave the hilltops"),
        ("The rebels still occupy two villages that they were supposed to hand back by October 20.",
         "The rebels to hand back the two villages"),
    ],
)
def test_held_ground_gives_the_step_of_leaving_it(ex, text, what):
    assert _read(ex, text) == [("2027-10-20", what)]


def test_a_gap_with_a_verb_of_no_leaving_keeps_its_clause(ex):
    """Control: a relative clause whose verb leaves nothing tells no step of leaving the ground."""
    text = "The militia still holds hilltops it was meant to fortify by December 20, a mediator said."
    assert all("to leave the hilltops" not in what for _, what in _read(ex, text))
