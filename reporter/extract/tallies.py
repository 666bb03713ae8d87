"""A tally of events told as one sentence ("nine people were killed in two separate attacks in X on Monday"),
which a report opens with and then tells event by event ("In the first, a bomb ... Hours later, gunmen ...").

The tally is no event of its own: its toll is the sum of the ones told after it, so it must not lend that
toll to one of them, and once they are all told it adds nothing to them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reporter.extract.candidates import Cand
from reporter.extract.document import Document

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
#: "two separate attacks", "three different bombings": a number of events of a kind, right before the event word.
_TALLY = re.compile(
    r"\b(?P<n>two|three|four|five|six|[2-6])\s+(?:separate|different|distinct|unrelated)\s+$",
    re.I,
)
#: How many sentences after the tally its events may be told.
_REACH = 4


def tallied(art: Document, c: Cand) -> int:
    """How many events ``c`` tallies ("in two separate attacks": 2), 0 when it tells one."""
    if not c.plural:
        return 0
    m = _TALLY.search(art.text, max(c.clause[0], c.pos - 40), c.pos)
    return _COUNTS[m.group("n").lower()] if m else 0


def without_told_tallies(art: Document, events: Sequence[Cand]) -> list[Cand]:
    """The events less each tally whose events are all told after it, within reach, in its country."""
    out = []
    for i, c in enumerate(events):
        n = tallied(art, c)
        if n:
            after = [
                e
                for e in events[i + 1 :]
                if 0 < e.s_idx - c.s_idx <= _REACH
                and e.type != "threat_statement"
                and (c.place is None or e.place is None or e.place.country in (None, c.place.country))
            ]
            if len(after) >= n:
                continue
        out.append(c)
    return out
