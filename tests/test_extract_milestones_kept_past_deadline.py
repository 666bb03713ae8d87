"""Milestones: a force told to stay somewhere beyond, past or despite a deadline its date names tells
its withdrawal from there will be late; the deadline bounds that withdrawal, not a plan to stay."""

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
        ("The army will keep soldiers in the border villages beyond the December 12 deadline, a minister said.",
         "The army to withdraw from the border villages"),
        ("The coalition plans to remain at the river port past its December 12 deadline.",
         "The coalition to withdraw from the river port"),
    ],
)
def test_a_stay_past_a_deadline_is_the_withdrawal_it_bounds(ex, text, what):
    assert _read(ex, text) == [("2027-12-12", what)]


def test_a_stay_up_to_a_deadline_keeps_its_clause(ex):
    """Control: "until the deadline" bounds the stay itself, whose clause stays the label."""
    text = "The army will keep soldiers in the border villages until the December 12 deadline, a minister said."
    assert _read(ex, text) == [("2027-12-12", "The army will keep soldiers in the border villages")]
