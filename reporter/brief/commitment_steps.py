"""What a commitment's words say of its step: the action, the kind of step, its stage and size, and
which edge of a period a clause names.

Read by ``reporter.brief.commitment_identity``; kept apart from who and where
(``reporter.brief.commitment_parties``) because these are word lists, not lexicon lookups.
"""

from __future__ import annotations

import re

#: Actions by what they do to a presence; "remain (continue) until X" ends the presence at X like "leave by X".
_ACTIONS = (
    # A time or terms still to be made known: "the starting time of which will be announced" is no
    # start, the day it falls due only the day a word is expected.
    ("announce", r"(?:will|would|shall|is\s+to|are\s+to|to)\s+be\s+(?:announced|made\s+public|disclosed)"),
    ("hand over", r"hand(?:s|ed|ing)?\s+(?:over|back)|handover|transfer(?:s|red|ring)?\s+control|take(?:s|n)?\s+over|taking\s+over|took\s+over|"
     r"(?:take|takes|taken|taking|took|assum\w*)\s+\W?(?:full\s+|over\s+)?(?:security\s+)?responsibilit\w*"),
    # (Retreating, disengaging, evacuating, repatriating and removing forces are leaving: "the
    # disengagement started" is the withdrawal begun, not a deployment. Pulling back to a line is not
    # leaving the ground: a pullback keeps a presence behind it.)
    # ("quit Niger" is leaving it, and troops that "are to be out of" a country by a day have left it.)
    # (Cutting a force, as reducing it, ends part of a presence: "cut its troops to 1,000".)
    # (A ground told to be empty of troops by then has been left: "there will be no foreign troops in
    # the province by May", "there would no longer be any US soldiers there".)
    ("end presence", r"there\s+(?:will|would|shall|should|must)\s+(?:be\s+no|no\s+longer\s+be\s+any)\s+(?:more\s+)?(?:[\w-]+\s+){0,2}?"
     r"(?:troops|forces|soldiers|personnel)(?!\s+(?:deployed|sent|dispatched)\b)|withdr[ae]w\w*|leav(?:e|es|ing)|left|exit\w*|depart\w*|vacat\w*|quit(?:s|ting)?|"
     r"(?:be|is|are|was|were|been|being|get|gets|got|getting)\s+(?:all\s+|fully\s+|completely\s+)?out\s+of|pull\w*\s+(?:(?:its|their|the|all|some)\s+)?(?:\w+\s+)?out|pull-?out|"
     r"retreat\w*|disengag\w*|evacuat\w*|repatriat\w*|remov(?:e|es|ed|ing|al)|"
     r"(?:be|is|are|was|were|been|being)\s+(?:all\s+)?(?:over|gone)\b|c[oa]me\s+to\s+an\s+end|(?:go|goes|going|went|return\w*|head\w*)\s+home|(?:send|sends|sending|sent|bring\w*|brought)\s+(?:\w+\s+){0,4}home|"
     r"draw\w*\s*down|drawdown|reduc\w*|cut(?:s|ting)?|slash\w*|trim(?:s|med|ming)?|halv\w*|scal\w+\s+(?:back|down)|end(?:s|ed|ing)?|conclu\w*|wind\w*\s+down|wound\s+down|clos(?:e|es|ed|ing|ure)|"
     r"terminat\w*|transfer(?!\w*\s+(?:control|to)\b)\w*|remain\w*|stay\w*|(?:is|are|was|were)\s+still\s+(?:in|inside|at|on|present)|keep|keeps|kept|keeping|continu\w*|expir\w*|mandate|redeploy\w*|relocat\w*|extend\w*|run|runs|running|last|lasts"),
    ("start", r"deploy\w*|dispatch\w*|(?:send|sends|sending|sent)(?!\s+(?:\w+\s+){0,3}home)|arriv\w*|establish\w*|stand\s+up|launch\w*|start\w*|began|begin\w*|begun|commenc\w*|take\s+effect|takes\s+effect|took\s+effect|come\s+into\s+force|"
     r"sign\w*|station\w*|doubl\w*|tripl\w*"),
)
ACTION = [(name, re.compile(rf"\b(?:{pattern})\b", re.I)) for name, pattern in _ACTIONS]
BEGIN = re.compile(r"\b(?:begin|began|begun|beginning|start\w*|commenc\w*|initiat\w*)\b", re.I)
COMPLETE = re.compile(r"\b(?:complet\w*|fully|final\w*|all\s+(?:remaining\s+)?(?:troops|forces)|entirely|last)\b", re.I)
SIZE = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d{2,6})\s+(?:\w+\s+){0,2}(?:troops|soldiers|personnel|forces)\b", re.I)


#: Kinds of step a commitment can be, by the words that name them: a truce taking effect, captives
#: freed and troops leaving on one day are three lines.
_STEPS = (
    ("ceasefire", r"cease-?\s?fires?|truces?|armistice"),
    ("captives", r"hostages?|prisoners?|detainees?|captives?"),
    ("presence", r"troops?|forces|(?<!into\s)(?<!in\s)force|soldiers?|personnel|contingents?|brigades?|bases?|missions?|mandates?|presence|"
     r"withdr[ae]w\w*|leav(?:e|es|ing)|left|exit\w*|depart\w*|vacat\w*|quit(?:s|ting)?|pull\w*\s+out|pull-?out|drawdown"),
)
#: Steps of a deal that are one commitment when due the same day, whoever the sentence names.
DEAL_STEPS = ("ceasefire", "captives")
_STEP = [(name, re.compile(rf"\b(?:{pattern})\b", re.I)) for name, pattern in _STEPS]


def steps_named(text: str) -> frozenset[str]:
    return frozenset(name for name, pattern in _STEP if pattern.search(text))


#: A clause's last word of either edge of a period: its end, or its start ("will last 72 hours, beginning").
EDGE = re.compile(
    r"\b(?:(end|ends|ending|ended|expir\w*|run\s+out|runs\s+out|lapse\w*)|begin\w*|began|begun|start\w*|"
    r"tak\w+\s+effect|took\s+effect|(?:c[oa]mes?|go(?:es)?|went|enter\w*)\s+into\s+(?:effect|force))\b",
    re.I,
)
#: A truce's clause that ends on the day it runs from ("meant to run from 8 p.m. on May 3",
#: "a ceasefire with effect from midnight"): the due date is its start, whatever verb comes before.
FROM_DAY = re.compile(
    r"\b(?:from|since)\s+(?:\d|midnight|noon|dawn|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"(?:(?!\b(?:for|until|till|to|through|and)\b)[^,;()])*$",  # ("from January 19 for 42 days" is due later)
    re.I,
)
#: The extractor's two ends of a range ("from May 8 to May 10"), marked after the clause.
RANGE_END = re.compile(r"\((begins|ends)\)\s*$")
