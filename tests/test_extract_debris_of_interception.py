"""Debris told as coming "from an interception" is a fall of debris (GUIDE: crash), as debris "from an
intercepted missile" is: the noun only says where it came from.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 6, 3)


def _types(ex, text):
    return [i.type for i in ex.extract(text, id="t", published=DAY).incidents]


def test_shrapnel_from_an_interception_is_a_crash(ex):
    text = "Shrapnel from an interception fell on a road in Rishon LeZion on Tuesday; no one was hurt, police said."
    assert _types(ex, text) == ["crash"]


def test_reworded_debris_from_the_interception(ex):
    text = "Debris from the interception landed in a schoolyard in Ashdod on Tuesday, police said."
    assert _types(ex, text) == ["crash"]


def test_interception_as_the_event_stays_one(ex):
    # near miss: the interception told as the event itself
    text = "Air defences carried out an interception over Haifa on Tuesday, the military said."
    assert _types(ex, text) == ["interception"]
