"""A step's first date told in an aside ("initially due by", "first set for") that its own clause then moves on is history: one milestone, due on the new date, labelled by the step."""

import datetime

import pytest

PUBLISHED = datetime.date(2025, 6, 20)


def _lines(ex, text):
    return [(m.due, m.what) for m in ex.extract(text, id="t", published=PUBLISHED).milestones]


@pytest.mark.parametrize(
    ("text", "due", "what"),
    [
        (
            "The transfer of the northern garrison, initially due by the end of January, is now expected in March, a spokesman said on Tuesday.",
            "2026-03",
            "The transfer of the northern garrison",
        ),
        ("The drawdown, first set for February, was pushed back to June.", "2025-06", "The drawdown"),
        ("The handover of the outpost, originally due by the end of March, has been delayed to August.", "2025-08", "The handover of the outpost"),
    ],
)
def test_a_first_date_moved_in_its_own_sentence_gives_one_milestone(ex, text, due, what):
    assert _lines(ex, text) == [(due, what)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two stages, two dates: neither is a first date moved
        ("The opening phase ends in January and the second in May.", 2),
        # a deadline told alone keeps its one milestone
        ("Soldiers must quit the camp by the end of January.", 1),
    ],
)
def test_dates_not_told_as_a_first_plan_stay(ex, text, expected):
    assert len(_lines(ex, text)) == expected


def test_a_first_date_with_only_the_report_day_after_it_stays(ex):
    """Control: no new date in the step's clause, only the day it was said ("..., officials said on Monday"): the
    aside's date is the only one the step has, not superseded."""
    text = "The transfer of the northern garrison, initially due by the end of July, has not begun, officials said on Monday."
    assert [due for due, _ in _lines(ex, text)] == ["2025-07-31"]


def test_a_step_with_no_first_date_keeps_its_verb(ex):
    """Control: with no first date told, the label keeps its verb ("has been delayed" is the news)."""
    text = "The withdrawal of the brigade is expected to be complete in April."
    assert _lines(ex, text) == [("2026-04", "The withdrawal of the brigade is expected to be complete")]
    text = "The handover of the outpost has been delayed to August."
    assert _lines(ex, text) == [("2025-08", "The handover of the outpost has been delayed")]
