"""A deadline named by its month at the head of a sentence ("The September deadline for ... passed") is
a dated commitment like one named mid-sentence; its label is the deadline's step, not what befell it,
and the brief reads it overdue when the report tells the step still pending."""

from datetime import date

from tests.conftest import timeline_lines

_TEXT = (
    "BAGHDAD, Oct 3 (Wire) - The September deadline for the coalition to leave federal Iraq passed with US forces "
    "still at Ain al-Asad, officials said."
)


def test_deadline_opening_sentence_is_a_milestone(ex):
    got = [(m.due, m.what, m.done) for m in ex.extract(_TEXT, id="x", published=date(2025, 10, 3)).milestones]
    assert got == [("2025-09", "The September deadline for the coalition to leave federal Iraq", False)]


def test_deadline_that_expired_keeps_its_step(ex):
    text = "Officials met on Friday. The June deadline for the brigade to quit the valley expired without a single unit moving."
    got = [(m.due, m.what) for m in ex.extract(text, id="x", published=date(2025, 7, 4)).milestones]
    assert got == [("2025-06", "The June deadline for the brigade to quit the valley")]


def test_timeline_reads_it_overdue():
    lines = timeline_lines([(_TEXT, date(2025, 10, 3))], as_of=date(2025, 10, 4))
    assert [line.status for line in lines] == ["overdue"]


def test_month_mid_sentence_names_no_plan(ex):
    # near miss: a month naming a past blow at the head of a sentence is no step
    text = "The March attack on the base killed two soldiers, officials said on Friday."
    assert ex.extract(text, id="x", published=date(2025, 7, 4)).milestones == ()
