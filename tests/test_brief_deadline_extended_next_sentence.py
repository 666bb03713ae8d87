"""An article that tells a step's deadline in one sentence and, in the next, only that "the deadline"
was extended to a later day tells that deadline moved: one timeline line due at the later day, the
first superseded (the speaker of the extension, "the United States said", is no party of the step).
A mandate told extended in the next sentence is another term: its own line."""

from __future__ import annotations

from datetime import date

from tests.conftest import timeline_lines

_PLAN = ("Under the truce, the militia must withdraw from the river valley by March 3, officials said.", date(2031, 2, 10))


def test_the_deadline_extended_in_the_next_sentence_moves_the_step():
    later = (
        "The militia stayed in a dozen villages of the river valley, two days after the March 3 deadline for its withdrawal expired. "
        "The United States said the deadline had been extended to April 10.",
        date(2031, 3, 5),
    )
    (line,) = timeline_lines([_PLAN, later], date(2031, 3, 6))
    assert (line.due, line.superseded) == ("2031-04-10", ("2031-03-03",))


def test_a_mandate_extended_in_the_next_sentence_stays_its_own_line():
    """Near miss: the monitors' mandate extended to April 10 is not the militia's deadline moved."""
    later = (
        "The militia stayed in a dozen villages of the river valley, two days after the March 3 deadline for its withdrawal expired. "
        "The United States said the monitors' mandate had been extended to April 10.",
        date(2031, 3, 5),
    )
    assert sorted(line.due for line in timeline_lines([_PLAN, later], date(2031, 3, 6))) == ["2031-03-03", "2031-04-10"]
