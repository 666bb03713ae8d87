"""Milestones: a stay past a deadline is read from the clause before the words that set it against the
deadline, so kept posts (no force word for the other readers) and a label running on past the date
still give the withdrawal the deadline bounds."""

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
        ("The militia will keep three posts on the ridge beyond the December 12 deadline, a mediator said.",
         "The militia to withdraw from the ridge"),
        ("The battalion will remain at the dam after the December 12 deadline for its pullout, a mediator said.",
         "The battalion to withdraw from the dam"),
    ],
)
def test_kept_posts_or_a_long_label_give_the_withdrawal(ex, text, what):
    assert _read(ex, text) == [("2027-12-12", what)]


def test_posts_kept_until_the_deadline_are_no_withdrawal(ex):
    """Control: "until the deadline" bounds the stay itself; kept posts alone tell no step then."""
    text = "The militia will keep three posts on the ridge until the December 12 deadline, a mediator said."
    assert all(what != "The militia to withdraw from the ridge" for _, what in _read(ex, text))


def test_a_speaker_telling_its_own_stay_is_the_force(ex):
    text = "The militia said on Friday that it would keep fighters at two posts on the ridge beyond the December 12 deadline."
    assert _read(ex, text) == [("2027-12-12", "The militia to withdraw from the ridge")]


def test_posts_kept_inside_ground_give_the_ground(ex):
    text = "The militia will keep fighters at four posts inside the northern hills beyond the December 12 deadline."
    assert _read(ex, text) == [("2027-12-12", "The militia to withdraw from the northern hills")]
