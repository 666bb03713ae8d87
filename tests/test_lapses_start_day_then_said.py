"""A deal's or phase's first day told right after its start verb keeps that reading when a saying follows
("took effect on January 19, officials said"): a numbered day counts from it. A day the saying itself
is told on ("officials said on January 19") is no start."""

from datetime import date


def _dues(ex, text, published=date(2025, 3, 20)):
    return [(m.what, m.due) for m in ex.extract(text, id="x", published=published).milestones]


def test_start_day_before_a_saying_counts(ex):
    text = "The ceasefire came into force on February 2, mediators said. Militia units are to quit the airport by day 11."
    assert ("Militia units are to quit the airport", "2025-02-12") in _dues(ex, text)


def test_phase_start_day_before_a_saying_counts(ex):
    text = "The second stage began on March 2, officials said. Army units will withdraw from the checkpoints by the 15th day."
    assert _dues(ex, text) == [("Army units will withdraw from the checkpoints", "2025-03-16")]


def test_day_of_the_saying_is_no_start(ex):
    # control: the day dates the saying, not the truce's start
    text = "The truce took effect, officials said on February 2. Militia units are to quit the airport by day 11."
    assert all(w != "Militia units are to quit the airport" for w, _ in _dues(ex, text))
