"""One commitment told by several outlets in their own words, beside the steps done towards it, as the
extractor reads self-written articles: one line for the commitment, a done handover a line of its own, and
the remainder told with it ("the remaining two bases to be handed over") apart from the handover it follows.
A live page's time stamp at the head of a clause is page furniture, never shown as the line's wording."""

from __future__ import annotations

from datetime import date

import pytest

from reporter.brief.commitments import merge_milestones
from tests.conftest import milestone_reports

_OUTLETS = [
    (
        "French forces handed over their base in Faya-Largeau to the Chadian army on Sunday, the army said, with "
        "the remaining two bases to be handed over by the end of January.",
        date(2024, 12, 30),
    ),
    (
        "France will complete its military withdrawal from Chad by the end of January, the defence ministry said "
        "on Tuesday.",
        date(2024, 12, 31),
    ),
    (
        "11:05 - France's military presence in Chad will end by January 31, N'Djamena says. The Faya camp was "
        "handed over to Chadian troops on Sunday.",
        date(2024, 12, 30),
    ),
    (
        "The pull-out of about 1,000 French soldiers from Chad must be finished by the end of January, under the "
        "timetable both governments agreed.",
        date(2025, 1, 3),
    ),
    (
        "The withdrawal of French forces from Chad is to be completed by January 31, a Chadian government "
        "spokesman said on Monday.",
        date(2025, 1, 6),
    ),
]


def _lines(articles: list[tuple[str, date]]):
    reports = milestone_reports(articles)
    return merge_milestones(reports, as_of=date(2025, 3, 1))


def test_one_commitment_in_four_outlets_words_is_one_line_beside_its_steps():
    lines = {line.sources: line for line in _lines(_OUTLETS)}
    assert set(lines) == {(2, 3, 4, 5), (1, 3), (1,)}, sorted(lines)
    assert lines[(1, 3)].status == "completed" and lines[(1, 3)].due == "2024-12-29"
    assert lines[(1,)].status != "completed"  # the remainder is not met by the handover told with it


@pytest.mark.parametrize("stamp", ["11:05 - ", "10.30am GMT: ", "09:12 BST — "])
def test_a_live_pages_time_stamp_is_not_the_lines_wording(stamp):
    told = [(f"{stamp}France's military presence in Chad will end by January 31, N'Djamena says.", date(2024, 12, 30))]
    (line,) = _lines(told)
    assert line.what.startswith("France's military presence in Chad"), line.what


def test_a_count_that_opens_a_clause_is_kept():
    """Near-miss control: a number at the clause's head that is no clock time stays the wording's."""
    told = [("1,000 French soldiers will leave Chad by January 31, N'Djamena says.", date(2024, 12, 30))]
    (line,) = _lines(told)
    assert line.what.startswith("1,000 French soldiers"), line.what
