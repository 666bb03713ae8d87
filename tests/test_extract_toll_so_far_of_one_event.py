"""A toll "so far" told of one event named by a definite noun ("killed in the raid so far") is that event's
toll as it stands; "so far" told of a war, or of nothing named, is still a running total and no event's toll.

Every sentence here is self-written.
"""

from __future__ import annotations

import pytest

from reporter.extract import casualties


def _killed(text):
    return [k for _, k, _ in casualties.find(text, 0, len(text)) if k is not None]


@pytest.mark.parametrize(
    "text, n",
    [
        ("Medics said four men have been killed in the incursion so far.", 4),
        ("Seven people have died during the assault so far, a nurse said.", 7),
    ],
)
def test_one_events_toll_so_far_counts(text, n):
    assert _killed(text) == [n]


@pytest.mark.parametrize(
    "text",
    [
        "More than 900 people have been killed in the war so far, the agency said.",
        "Four hundred fighters have been killed so far, the monitor said.",
    ],
)
def test_running_total_so_far_is_no_toll(text):
    assert _killed(text) == []


def test_one_events_toll_so_far_joins_the_event(ex):
    text = (
        "Troops launched a raid on a camp near Tubas on Monday, a local official said.\n\n"
        "The health ministry says two people have been killed in the raid so far, and five wounded."
    )
    found = ex.extract(text, id="t", published=None).incidents
    assert len(found) == 1, found
    assert (found[0].casualties.killed, found[0].casualties.injured) == (2, 5)
