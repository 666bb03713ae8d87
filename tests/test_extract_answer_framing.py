"""An answer told in the speaker's framing ("in what it called a response to", "in an apparent retaliation
for") links the deed to the event it answers as "in response to" does: the answered event, however it is
told ("repeated rocket fire"), is a clause of its own, and the deed before it stays one event."""

from __future__ import annotations

from datetime import date

import pytest


def _incidents(ex, text):
    return ex.extract(text, id="t", published=date(2026, 2, 11)).incidents


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes bombed the harbour of Hodeidah on Tuesday, striking two fuel tanks and a grain silo, "
        "in what the army called a response to repeated missile fire from Yemen.",
        "Israeli jets struck Nabatieh on Monday, in an apparent response to repeated rocket attacks on the north.",
        "Artillery shelled Kupiansk overnight, in what Moscow described as retaliation for frequent drone raids "
        "on Belgorod.",
    ],
)
def test_a_deed_framed_as_an_answer_to_a_pattern_is_one_event(ex, text):
    (inc,) = _incidents(ex, text)
    assert inc.location in {"Hodeidah", "port of Hodeidah", "Nabatieh", "Kupiansk"}


def test_the_pattern_answered_alone_is_still_no_event(ex):
    """Near miss: with no deed of its own, the answered pattern tells no event."""
    text = "Officials in Haifa spoke of repeated rocket attacks on the north over the past month."
    assert _incidents(ex, text) == ()
