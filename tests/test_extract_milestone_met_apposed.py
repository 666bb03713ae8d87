"""A deadline gone by that an apposition right after its date tells met (", a deadline they met") is a step
done, not a plan still pending at its date."""

from datetime import date


def _steps(ex, text):
    return [(m.due, m.done) for m in ex.extract(text, id="x", published=date(2025, 6, 2)).milestones]


def test_deadline_they_met(ex):
    text = "ADEN, June 2 (Wire) - Under the agreement, the government forces were to hand over the border crossing by May 2, a deadline they met."
    assert _steps(ex, text) == [("2025-05-02", True)]


def test_target_that_was_met(ex):
    text = "Officials spoke on Monday. The brigade was to vacate the hill posts by May 20, a target that was met, the army said."
    assert _steps(ex, text) == [("2025-05-20", True)]


def test_deadline_they_missed_stays_pending(ex):
    # near miss: a deadline missed leaves the step pending
    text = "ADEN, June 2 (Wire) - Under the agreement, the government forces were to hand over the border crossing by May 2, a deadline they missed."
    assert _steps(ex, text) == [("2025-05-02", False)]
