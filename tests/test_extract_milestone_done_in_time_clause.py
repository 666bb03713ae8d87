"""A step done told in a clause of time after a main clause of its own ("Phase two will begin 42 days
after the truce took effect on January 19") is labelled by its own clause, the truce taking effect,
not by the whole sentence."""

from datetime import date

DAY = date(2025, 2, 10)


def _done(ex, text: str) -> list[tuple[str, str]]:
    return [(m.what, m.due) for m in ex.extract(text, id="t", published=DAY).milestones if m.done]


def test_a_step_in_a_clause_of_time_is_labelled_by_its_clause(ex):
    text = "The next phase will open 42 days after the truce took effect on January 19."
    assert _done(ex, text) == [("the truce took effect on January 19", "2025-01-19")]


def test_a_step_in_a_clause_of_time_after_a_due_plan_is_labelled_by_its_clause(ex):
    text = "The second stage is due to start six weeks after the ceasefire came into force on January 19."
    assert _done(ex, text) == [("the ceasefire came into force on January 19", "2025-01-19")]


def test_a_step_with_an_aside_keeps_its_subject(ex):
    """Near miss: no main clause before the aside's "which began", the subject stays."""
    text = "The pullout, which began in January, was completed on Friday."
    assert _done(ex, text) == [("The pullout was completed on Friday", "2025-02-07")]
