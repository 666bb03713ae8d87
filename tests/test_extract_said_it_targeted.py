"""A party that says it targeted or attacked something in an event ("said it had targeted the convoy in a
bombing") names itself as the event's doer, as "said it carried out a bombing" does.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2025, 3, 10)
TAIL = "\n\nThe army gave no further details."


def _actors(ex, text):
    return [list(i.actors) for i in ex.extract(text + TAIL, id="t", published=DAY).incidents]


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Al-Shabaab said it had targeted a minister's motorcade in a bombing in Mogadishu on Sunday.", "Al-Shabaab"),
        ("Al-Shabaab said on Sunday that it had attacked an army base in a suicide bombing in Baidoa.", "Al-Shabaab"),
    ],
)
def test_a_party_saying_it_targeted_something_in_an_event_did_it(ex, text, actor):
    assert _actors(ex, text) == [[actor]]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the target told in the passive, and a verb of no attack, leave the speaker no doer
        "Al-Shabaab said a minister's motorcade was targeted in a bombing in Mogadishu on Sunday.",
        "Police said they had found the car in a bombing probe in Mogadishu on Sunday.",
    ],
)
def test_a_speaker_who_did_not_say_it_attacked_is_no_doer(ex, text):
    assert _actors(ex, text) == [[]]
