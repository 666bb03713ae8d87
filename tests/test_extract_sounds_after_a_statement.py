"""Blasts heard, told after a threat or warning, are not the sound of that statement: a statement makes no
sound, so what was heard is an event of its own where it was heard.

Every sentence here is self-written; each case names a rule of language, not a past failure.
"""

from __future__ import annotations

from datetime import date

DAY = date(2025, 3, 10)


def _found(ex, text):
    return sorted((i.type, i.location) for i in ex.extract(text, id="t", published=DAY).incidents)


def test_blasts_heard_after_a_warning_are_their_own_event(ex):
    text = (
        "TEHRAN (Agency) - Iran's defence minister warned on Monday that any attack on the country would bring a"
        " harsh reply.\n\nSeveral blasts were heard near Isfahan overnight, state radio said. No cause was given."
    )
    assert ("explosion", "Isfahan") in _found(ex, text)
    # the warning keeps its own place: the blasts' town is not where it was told
    assert ("threat_statement", "Isfahan") not in _found(ex, text)


def test_blasts_heard_after_a_strike_stay_its_sound(ex):
    # near miss: after a strike told, the blasts heard in its town are what was heard of it
    text = (
        "DAMASCUS (Agency) - Israeli jets struck a depot near Homs on Monday night, the army said.\n\n"
        "Several blasts were heard near Homs overnight, residents said. No toll was given."
    )
    assert _found(ex, text) == [("air_strike", "Homs")]
