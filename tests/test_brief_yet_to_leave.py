"""A state told as having "yet" or "still" to leave ("has yet to withdraw", "has still not pulled out")
is the party of that step, as one that "has not" left is; a state that is only where a saying was
made is not."""

from __future__ import annotations

import pytest

from reporter.brief.commitment_identity import read_identity


@pytest.mark.parametrize(
    "clause",
    [
        "Israel has yet to withdraw from the hill posts in the south",
        "Israel has still not pulled its soldiers out of the valley",
        "Israel is yet to leave the border villages",
    ],
)
def test_a_state_yet_to_leave_is_the_party(clause):
    assert read_identity(clause).who == "Israel"


def test_a_state_where_a_saying_was_made_is_no_party():
    """Near miss: officials in a country saying when troops leave name no party by it."""
    said = read_identity("Officials in Israel have yet to say when the troops will leave the area")
    assert said.who is None
