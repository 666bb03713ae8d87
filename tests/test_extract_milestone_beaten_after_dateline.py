"""A step done ahead of its deadline, told by a participle of completion after a dateline: the clause
before the comma is read from its own start, not the text's, so the step is done, not due at the deadline."""

from datetime import date


def _steps(ex, text, day):
    return [(m.due, m.done) for m in ex.extract(text, id="x", published=day).milestones]


def test_completion_after_dateline_beats_deadline(ex):
    text = (
        "NIAMEY, Aug 6 (Wire) - The United States handed over its last base in Niger on Monday, "
        "completing the pullout ahead of the September 15 deadline."
    )
    steps = _steps(ex, text, date(2024, 8, 6))
    assert ("2024-09-15", False) not in steps
    assert all(done for _, done in steps)


def test_flew_out_completes_before_deadline(ex):
    text = (
        "Officials spoke in Ndjamena on Tuesday. The last French soldiers flew out of Chad on Friday, "
        "finishing the withdrawal before the January 31 deadline."
    )
    assert ("2025-01-12", True) in _steps(ex, text, date(2025, 1, 12))


def test_plan_ahead_of_deadline_stays_pending(ex):
    # near miss: a plan told ahead of its deadline is still due then
    text = (
        "NIAMEY, Aug 6 (Wire) - The United States said on Monday it would hand over its last base in Niger "
        "ahead of the September 15 deadline."
    )
    assert ("2024-09-15", False) in _steps(ex, text, date(2024, 8, 6))
