"""A word's full stop ("U.S.", "U.N.", "Lt. Gen.", "6 a.m.") and a count's thousands comma ("1,500") end no
clause: the readers of a clause before a date (past_deeds, dates, milestones) share one definition of its
characters (text.IN_SENTENCE, IN_CLAUSE, CLAUSE_CHAR), so a step told done before its bound stays done
whatever abbreviation it names, and a plan stays ahead."""

from __future__ import annotations

import re
from datetime import date

import pytest

from reporter.extract.past_deeds import told_past
from reporter.extract.text import CLAUSE_CHAR, IN_CLAUSE, IN_SENTENCE


@pytest.mark.parametrize("pattern", [IN_SENTENCE, IN_CLAUSE, CLAUSE_CHAR])
def test_every_clause_reader_lets_word_dots_through_and_stops_at_a_full_stop(pattern):
    reader = re.compile(pattern + "*$")
    for inside in ("the U.S. drone base", "the U.N. camp", "under Lt. Gen. Diallo", "by 6 a.m. on", "by 9 P.M. on"):
        assert reader.search(inside).start() == 0, inside
    assert reader.search("the drone base. The camp").start() > 0


def test_a_clause_lets_a_thousands_comma_through_but_not_a_comma():
    for pattern in (IN_CLAUSE, CLAUSE_CHAR):
        reader = re.compile(pattern + "*$")
        assert reader.search("about 1,500 soldiers left").start() == 0
        assert reader.search("the soldiers, officials said").start() > 0
    assert re.compile(CLAUSE_CHAR + "*$").search("the soldiers: all left").start() > 0  # a colon ends it too


@pytest.mark.parametrize(
    "past",
    [
        "The last marines left the U.S. drone base near the river before June",
        "Blue helmets of the U.N. mission left the hill camp before June",
        "The gunners had withdrawn from the ridge by 6 a.m. in June",
    ],
)
def test_a_step_done_before_its_bound_is_read_past_with_word_dots(past):
    assert told_past("done_by", past, 0, past.index("June"))


def test_a_plan_with_word_dots_stays_ahead():
    """Control: a modal after the step makes its bound a plan's, dots or none."""
    plan = "The last marines left the U.S. drone base and will quit the valley before June"
    assert not told_past("done_by", plan, 0, plan.index("June"))


def _milestones(ex, text: str, day: date) -> list[tuple[str, bool]]:
    return [(m.due, m.done) for m in ex.extract(text, id="t", published=day).milestones]


def test_a_step_left_a_site_named_with_dots_before_a_yearless_day_is_done_that_day(ex):
    text = "The last marines left the U.S. drone base near Tahoua before March 4, two officials said on Friday."
    assert _milestones(ex, text, date(2025, 3, 21)) == [("2025-03-04", True)]


def test_the_same_step_without_dots_is_unchanged(ex):
    """Control: the step told without an abbreviation reads the same."""
    text = "The last marines left the drone base near Tahoua before March 4, two officials said on Friday."
    assert _milestones(ex, text, date(2025, 3, 21)) == [("2025-03-04", True)]


def test_a_plan_naming_the_un_stays_a_plan_ahead(ex):
    text = "The U.N. mission must hand over its camp near Tahoua to the army by August 15, a spokesman said on Thursday."
    assert _milestones(ex, text, date(2025, 6, 19)) == [("2025-08-15", False)]
