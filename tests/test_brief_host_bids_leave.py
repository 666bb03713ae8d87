"""A state that asks, tells or orders another's forces to go ('Mali had asked all Russian forces to
leave the country') is where they leave, as one that gives them time to go already was: the
request's deadline and a later report of the last base handed over in that country are one line,
completed. A state asking for something other than leaving stays no place."""

from __future__ import annotations

from datetime import date

from reporter.brief.commitment_identity import identity
from reporter.brief.commitments import merge_milestones
from reporter.brief.merge import Report
from reporter.models import Milestone

ASKED = "Mali had asked all Russian forces to leave the country"


def test_a_state_bidding_a_force_leave_is_where_it_leaves():
    """'asked ... to leave', 'ordered ... to withdraw': Mali is the place, Russia who leaves."""
    for what in (ASKED, "Mali ordered the Russian troops to withdraw from the country"):
        told = identity(Milestone(what=what, due="2031-01-31", evidence=what))
        assert (told.who, told.country) == ("Russia", "Mali")


def test_a_state_asking_for_something_else_is_no_place():
    """Near miss: 'Mali asked Russia to send more instructors' tells no leaving, so no place."""
    what = "Mali asked Russia to send more instructors"
    assert identity(Milestone(what=what, due="2031-01-31", evidence=what)).country is None


def test_the_request_and_the_last_base_handed_over_are_one_line():
    """The request by January 31, then the last base handed over on the 29th: one line, completed."""
    asked = Report(source=1, published=date(2031, 1, 5), fact=Milestone(what=ASKED, due="2031-01-31", evidence=ASKED))
    done_what = "Russia handed over its last base in Mali on Wednesday"
    done = Report(
        source=2,
        published=date(2031, 1, 30),
        fact=Milestone(what=done_what, due="2031-01-29", evidence=done_what + ", ending its presence in the country.", done=True),
    )
    (line,) = merge_milestones([asked, done], as_of=date(2031, 3, 1))
    assert line.status == "completed"
