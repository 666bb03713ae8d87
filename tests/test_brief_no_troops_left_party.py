"""A state told as having no troops left somewhere ("the US has no troops left in Niger") is the party
that left: the line it completes is that state's, not another force the sentence names beside it
("while Russian military instructors remain"). A state with "no plans" to leave is no party that left."""

from __future__ import annotations

from datetime import date

from reporter.brief.commitment_identity import read_identity
from tests.conftest import timeline_lines


def test_no_troops_left_completes_that_states_line():
    plan = ("The United States will complete the withdrawal of its troops from Niger by September 15, officials said.", date(2031, 5, 20))
    retold = ("American soldiers will be out of Niger no later than mid-September, officials agreed after talks in Niamey.", date(2031, 5, 21))
    after = ("With the September 15 deadline past, the US has no troops left in Niger, while Russian military instructors remain at Niamey's airport.", date(2031, 9, 16))
    (line,) = timeline_lines([plan, retold, after], date(2031, 9, 17))
    assert (line.status, line.who) == ("completed", "United States")


def test_the_state_with_no_troops_left_is_the_party():
    assert read_identity("France has no soldiers left in Mali").who == "France"
    # Near miss: no plans to leave names no one who left.
    assert read_identity("the US has no plans to withdraw from Niger").who is None
