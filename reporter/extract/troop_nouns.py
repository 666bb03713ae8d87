"""The nouns that name forces: one table for every milestone pattern that asks "is this troops?".

Who leaves, arrives or comes home, whose return is a step, whether a sentence is about forces at all:
each pattern once kept its own alternation of these nouns, and they drifted apart ("servicemen"
arrived but never returned). Plurals as written; a pattern adds its own other words (a mission, a
base, a truce) beside them.
"""

from __future__ import annotations

from reporter.extract.text import words

#: People under arms, as a story counts or names them ("the troops", "French paratroopers").
PERSONNEL = words(
    """troops soldiers forces marines sailors airmen paratroopers commandos peacekeepers personnel servicemen
    servicemembers reservists guardsmen mercenaries gendarmes legionnaires troopers"""
)
#: Bodies of them ("the first contingent", "two battalions").
UNITS = words(
    """contingent contingents unit units detachment detachments battalion battalions brigade brigades regiment
    regiments garrison garrisons battlegroup squadron squadrons"""
)
#: Both, as one regular-expression alternation (longest first, so no word stops at a shorter one).
TROOPS = "|".join(sorted(PERSONNEL | UNITS, key=lambda w: (-len(w), w)))
