"""The words of ground a force still holds, read by the extractor and the brief alike.

The extractor reads a sentence telling a party still holds ground right after a step due on a day gone by
with that step (milestones._held_on_after); the brief reads the same words to mark such a step still
pending (commitments). The table lives outside ``reporter.extract``, as ``reporter.ship_nouns`` does, so the
brief can read it without loading the extractor.
"""

from __future__ import annotations

import re

#: What a force still holds: "still holds five hilltop positions", "still keeps troops there".
HELD_ON = re.compile(
    r"\bstill\s+(?:holds?|keeps?|occup(?:y|ies)|controls?|maintains?)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:positions?|posts?|outposts?|bases?|troops|soldiers|forces|hilltops?|points?|villages?)\b",
    re.I,
)
