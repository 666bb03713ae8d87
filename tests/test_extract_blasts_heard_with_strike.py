"""Blasts told in a "with ... heard" phrase after a strike are what was heard of it: the strike is the event.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import shared_extractor

DAY = date(2025, 3, 10)
TAIL = "\n\nThe army gave no further details of the fighting."


def _types(text):
    return [i.type for i in shared_extractor().extract(text + TAIL, id="t", published=DAY).incidents]


def test_strike_with_blasts_heard_is_the_strike():
    text = "Sudan's army struck positions around Nyala on Sunday, with loud blasts heard near the airport, residents said."
    assert _types(text) == ["air_strike"]


def test_blast_heard_alone_stays_explosion():
    # near miss: blasts heard with no strike told in their clause are the event themselves
    text = "Loud blasts were heard near the airport in Nyala on Sunday, residents said."
    assert _types(text) == ["explosion"]
