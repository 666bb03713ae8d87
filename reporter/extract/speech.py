"""Verbs of saying: one table for every rule that reads a statement.

A date right after one is the statement's day, not the event's ("said on Sunday"); "that" after one
opens what was said, not a noun phrase ("reported that Turkish jets ..."); a speaker's own words
("said", "vowed") open an "X said Y would strike" threat; and a threat told with a plain verb needs
its threat in what was said, where "warned" and "vowed" carry their own. The rules that ask these
questions all read this table. Only forms that are verbs whatever their context are listed ("state",
"report" and "claims" are nouns as often).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reporter.extract.text import longest_first, words

#: Verbs of saying as written (folded), by what they tell: a speaker's own words ("declare"), own
#: words that warn or vow by themselves ("threaten"), or news given of what happened ("report").
VERBS: dict[str, str] = {
    **dict.fromkeys(words("said says told tells added stated declared asserted asserts asserting wrote writes saying stressed stresses insisted insists"), "declare"),
    **dict.fromkeys(words("warned warns vowed vows"), "threaten"),
    **dict.fromkeys(words("reported reports announced confirmed claimed noted revealed speaking"), "report"),
}
#: Every verb of saying.
SAYING = frozenset(VERBS)
#: Those that give a speaker's own words, which can hold a threat.
OWN_WORDS = frozenset(w for w, kind in VERBS.items() if kind != "report")
#: Those that give a speaker's own words and nothing more: a threat told with one is in what was said.
PLAIN = frozenset(w for w, kind in VERBS.items() if kind == "declare")
#: Those that name whom they address before what was said ("told the agency that ...").
ADDRESSED = words("told tells")


def alternation(verbs: Iterable[str]) -> str:
    """The verbs as one regular-expression group, longest first, for the rules that read them in a pattern."""
    return "(?:" + "|".join(longest_first(verbs)) + ")"


#: A verb of saying anywhere (SAYING), as a word: "said", "told", "announced".
SAYING_WORD = re.compile(r"\b" + alternation(SAYING) + r"\b", re.I)
