"""A state's adjective or short name right before a leaving noun ("the US drawdown", "a British troop
withdrawal") names who leaves, not where: a later report of that drawdown in a named country joins the
party's line there. The country's full name in that slot ("the Syria drawdown") stays where, not who."""

from __future__ import annotations

from reporter.brief.commitment_identity import read_identity


def test_short_name_before_a_drawdown_is_the_party():
    i = read_identity("The last stage of the US drawdown in Syria is now expected in November")
    assert (i.who, i.country) == ("United States", "Syria")


def test_adjective_before_a_troop_withdrawal_is_the_party():
    i = read_identity("A Dutch troop withdrawal from Iraq should be finished within the year")
    assert (i.who, i.country) == ("Netherlands", "Iraq")


def test_adjective_before_a_departure_is_the_party():
    i = read_identity("the Italian departure from Niger was set for the spring")
    assert (i.who, i.country) == ("Italy", "Niger")


def test_full_country_name_before_a_drawdown_is_not_the_party():
    i = read_identity("the Somalia drawdown of the African Union force will end by December")
    assert i.who != "Somalia"


def test_a_country_after_of_with_no_leaving_noun_stays_where():
    i = read_identity("the second phase of the plan in the US will begin in October")
    assert i.who is None
