"""Wounded told in a sentence of their own right after an event that counted only its dead are that
event's wounded; dead told so do not replace the event's own count.

Every sentence here is self-written.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 2, 9)


def _incidents(ex, text):
    return ex.extract(text, id="t", published=DAY).incidents


def test_wounded_after_a_retelling_join_the_dead(ex):
    text = (
        "A roadside bomb struck a police van in Kech district on Saturday, killing five officers.\n\n"
        "An official said the bomb was hidden under a culvert and set off by remote control. "
        "Nine others were wounded."
    )
    found = _incidents(ex, text)
    assert len(found) == 1, found
    assert (found[0].casualties.killed, found[0].casualties.injured) == (5, 9)


def test_dead_told_after_keep_the_first_count(ex):
    text = (
        "A roadside bomb struck a police van in Kech district on Saturday, killing five officers.\n\n"
        "An official said the bomb was hidden under a culvert and set off by remote control. "
        "Two more people died in hospital."
    )
    found = _incidents(ex, text)
    assert len(found) == 1, found
    assert found[0].casualties.killed == 5
    assert found[0].casualties.injured is None
