"""The doers of an assault named again by their role in the next sentence, with a bomb they set off, tell
the means of that assault, not a second event: "The assailants detonated a car bomb at the gate", and so
when a source opens the sentence ("Two officers said the attackers used a car bomb"). A bomb told the next
day, with no doers named by their role, is an event of its own.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 5, 31)
ASSAULT = "Jihadists stormed an army camp near Gao on Thursday, killing 22 soldiers. "


def _kinds(ex, text):
    return [(i.type, i.casualties.killed) for i in ex.extract(text, id="t", published=DAY).incidents]


def test_the_doers_bomb_is_the_assault_told_on(ex):
    assert _kinds(ex, ASSAULT + "The assailants detonated a car bomb at the gate.") == [("armed_clash", 22)]


def test_a_source_before_the_doers(ex):
    text = ASSAULT + "Two officers said the attackers used a car bomb before burning the depot."
    assert _kinds(ex, text) == [("armed_clash", 22)]


def test_a_bomb_of_another_day_is_its_own_event(ex):
    """Near miss: no doers named by their role, and a day of its own."""
    text = ASSAULT + "On Friday, a car bomb exploded at a market in Mopti."
    assert _kinds(ex, text) == [("armed_clash", 22), ("explosion", None)]


def test_a_claim_between_keeps_the_doers_close(ex):
    """A sentence that tells no event of its own (the group's claim) between the assault and its doers."""
    text = (
        ASSAULT + "The group claimed the assault in a statement on Friday. "
        "The assailants detonated a car bomb at the gate."
    )
    assert _kinds(ex, text) == [("armed_clash", 22)]
