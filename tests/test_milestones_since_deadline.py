"""A deadline named after "since" ("have stayed ... since the March 3 deadline for their pullout") is the
deadline's own day, a step still pending at it, not a stretch opened on that day."""

from datetime import date

from tests.conftest import timeline_lines

_TEXT = "Army units have held two ridges near the border since the March 3 deadline for their pullout passed, the mayor said."


def test_since_a_deadline_is_its_due(ex):
    got = [(m.due, m.done) for m in ex.extract(_TEXT, id="x", published=date(2025, 4, 8)).milestones]
    assert got == [("2025-03-03", False)]


def test_timeline_reads_it_overdue():
    lines = timeline_lines([(_TEXT, date(2025, 4, 8))], as_of=date(2025, 4, 9))
    assert [line.status for line in lines] == ["overdue"]


def test_since_a_day_names_no_deadline(ex):
    # control: a stretch opened on a day ("since the March 3 raid") is no milestone
    text = "Army units have held two ridges near the border since the March 3 raid, the mayor said."
    assert ex.extract(text, id="x", published=date(2025, 4, 8)).milestones == ()
