"""A commitment clause cut from its subject, with the party added after it in brackets ("leave the
Kurdistan Region (U.S.-led coalition)"), does not read alone: the line takes its built label
(who, step, where), as the other lines of the timeline do."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.conftest import outlet_brief


def _lines(ex, text: str, day: str = "2030-01-10"):
    return outlet_brief(ex, (day, text), as_of=datetime(2030, 1, 11, 6, tzinfo=UTC)).milestones


def test_a_second_clause_of_one_subject_is_labelled_by_who_step_where(ex):
    lines = _lines(
        ex,
        "BAGHDAD (Desk) - The U.S.-led coalition will end its mission in federal Iraq by September 2030 "
        "and leave the Kurdistan Region by September 2031, the foreign minister said on Friday.",
    )
    kurdistan = next(m for m in lines if m.where == "Kurdistan Region")
    assert not kurdistan.label[:1].islower() and "(" not in kurdistan.label, kurdistan.label
    assert "Kurdistan Region" in kurdistan.label


def test_a_clause_with_its_own_subject_keeps_its_wording(ex):
    """Control: the clause stays the line's wording (the chart's label is built only for its length)."""
    (line,) = _lines(ex, "The U.S.-led coalition will leave the Kurdistan Region by September 2031, officials said.")
    assert line.what.startswith("The U.S.-led coalition will leave the Kurdistan Region")
