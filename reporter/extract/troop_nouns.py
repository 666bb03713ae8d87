"""The nouns that name forces: one table for every milestone pattern that asks "is this troops?".

Who leaves, arrives or comes home, whose return is a step, whether a sentence is about forces at all:
each pattern once kept its own alternation of these nouns, and they drifted apart ("servicemen"
arrived but never returned). Plurals as written; a pattern adds its own other words (a mission, a
base, a truce) beside them.
"""

from __future__ import annotations

import re

from reporter.extract.text import longest_first, words

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
#: Larger formations, which a story sizes or names but milestones do not count as leaving
#: ("a division of 10,000", "soldiers of the 82nd Airborne Division").
FORMATIONS = UNITS | words("division divisions corps")
#: A body of troops told as one whole, sized by a figure ("a force of 3,000", "the 500-strong mission",
#: "Germany's Niger contingent", "its presence in Syria has grown to 2,000"): the formations, and the
#: words for a deployment as a whole.
BODIES = FORMATIONS | words("force forces mission missions deployment deployments presence footprint")

#: Closed compounds a story also writes open ("battle group").
_OPEN = {"battlegroup": r"battle\s*group", "battlegroups": r"battle\s*groups"}


def alternation(nouns: frozenset[str]) -> str:
    """The nouns as one regular-expression alternation, longest first (so no word stops at a shorter
    one), a closed compound matching its open spelling too."""
    return "|".join(_OPEN.get(w, w) for w in longest_first(nouns))


#: Both, as one regular-expression alternation (longest first, so no word stops at a shorter one).
TROOPS = "|".join(longest_first(PERSONNEL | UNITS))


#: What troops train in rather than deploy for, as a pattern's alternation: an exercise, a drill,
#: war games (posture marks such a level; milestones refuse such a date as a step).
EXERCISES = r"(?:exercises?|drills?|war\s+games|manoeuvres|maneuvers)"
#: ... as a word in a text.
EXERCISE_WORD = re.compile(rf"\b{EXERCISES}\b", re.I)
