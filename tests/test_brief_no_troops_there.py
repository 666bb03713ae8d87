"""A ground told to be empty of troops by a date ("there will be no foreign troops in X by then") is
that presence's end, so it joins the line of the party leaving X then; troops told not to be sent stay
no leaving, and an empty ground elsewhere stays its own line."""

from __future__ import annotations

from reporter.brief.commitment_identity import identity
from reporter.brief.commitments import commitment_relation
from reporter.models import Milestone


def _m(what: str, due: str) -> Milestone:
    return Milestone(what=what, due=due, evidence=what + ".", done=False)


_LEAVE = _m("The coalition will end its mission in federal Iraq", "2027-03")


def test_no_troops_there_by_then_is_the_presence_ending():
    empty = _m("An official said there will be no foreign combat troops in federal Iraq", "2027-03")
    assert identity(empty).action == "end presence"
    assert commitment_relation(empty, _LEAVE) == "same"


def test_no_longer_any_troops_is_the_presence_ending():
    assert identity(_m("there would no longer be any British soldiers in the province", "2027-03")).action == "end presence"


def test_no_troops_sent_is_no_leaving():
    assert identity(_m("there will be no new troops deployed to the border", "2027-03")).action != "end presence"


def test_empty_ground_in_another_region_stays_apart():
    other = _m("An official said there will be no foreign combat troops in the Kurdistan Region", "2027-03")
    assert commitment_relation(other, _LEAVE) == "differ"
