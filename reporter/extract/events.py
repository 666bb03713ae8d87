"""Event words in a sentence, grouped by clause, with the cues that qualify them.

This module only reads language: which words announce an event of which kind, where clauses
break, and whether a clause negates, hypothesises or generalises. incidents.py turns what it
finds into incident records.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from reporter.extract.text import Token, words

_TRIGGER = re.compile(
    r"""
    (?P<intercept>\bintercept(?:ed|s|ing|ion|ions)?\b|\bshot\s+down\b|\bshoot(?:s|ing)?\s+down\b|\bdowned\b
      |\bdowning\b|\bbrought\s+down\b|\b(?:was|were)\s+engaged\b
      |\b(?:bring(?:s|ing)?|took|take(?:s|n)?|taking)\s+down\b
        (?=\s+(?:[\w-]+\s+){0,4}?(?:drones?|missiles?|rockets?|UAVs?|aircraft|jets?|planes?|helicopters?|quadcopters?)\b)
      |\bdestroyed\s+(?:in\s+)?mid-?air\b)
    |(?P<destroy>\bdestroyed\b|\bdestroying\b|\bneutrali[sz]ed\b)
    |(?P<threat>\bwarn(?:ed|s)?\b|\bwarning\s+(?:to|that|of)\b|\bwarning(?=\s+(?:the\s+)?(?-i:[A-Z]))|\bissued\s+a\s+(?:stark\s+|fresh\s+|new\s+)?warning\b
      |\bthreaten(?:ed|s|ing)\b|\bvow(?:ed|s)\b|\bcautioned\b|\bultimatum\b|\bpledged\s+to\s+(?:retaliate|respond|avenge))
    |(?P<airstrike>\bair[\s-]?strikes?\b|\bair\s+raids?\b|\baerial\s+(?:bombardment|attacks?|strikes?)\b
      |\bbombing\s+raids?\b|\bbombard(?:ed|ment|ments)\b
      |\bdropp(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:bombs?|explosives?|munitions?|grenades?|payloads?)\b)
    |(?P<shell>\bshell(?:ed|ing|ings)\b|\bartillery\s+(?:fire|strikes?|attacks?|barrages?)\b|\bmortar\s+(?:fire|attacks?|strikes?)\b)
    |(?P<clash>\bclash(?:es|ed)?\b|\bgun\s*fights?\b|\bfire\s*fights?\b|\bgun\s*battles?\b|\bshoot-?outs?\b|\bexchanges?\s+of\s+fire\b
      |\bexchang(?:ed|ing|e)\s+(?:heavy\s+|cross-border\s+|small-arms\s+|artillery\s+)?fire\b|\bskirmish(?:es)?\b
      |\bambush(?:ed|es)?\b|\b(?:heavy|fierce|intense|renewed|fresh)\s+fighting\b
      |\bfighting\s+(?:between|with|against|broke\s+out|erupted|raged)\b|\bopened\s+fire\b
      |\b(?:days|hours|weeks|nights)\s+of\s+(?:heavy\s+|fierce\s+)?fighting\b
      |\bstorm(?:ed|ing)\b|\boverr(?:an|un|unning)\b|\bin\s+(?:the\s+)?fighting\b
      |\bcame\s+under\s+(?:heavy\s+|small-arms\s+)?fire\b|\b(?:an?\s+)?(?:gun\s+)?encounter\s+with\b
      |\b(?:military|security|counter-?terror(?:ism)?|intelligence-based|ground|clearance)\s+operation\b)
    |(?P<explode>\bexplosions?\b|\bexploded\b|\bblasts?\b|\bdetonat(?:ed|ion|ions)\b|\bbombings?\b|\bcar\s+bomb\b
      |\bsuicide\s+(?:bomb(?:ing|er)|attack)\b|\bwent\s+off\b|\bblew\s+up\b)
    |(?P<crash>\bcrash(?:ed|es)?\b|\bfell\b|\blanded\b|\bcame\s+down\b|\bimpacted\b)
    |(?P<launch>\blaunch(?:ed|es|ing)?\b|\bfired\b|\bfiring\b|\bfire(?=\s+(?:at|on|toward|towards|against|into)\b)
      |\blobbed\b|\bsalvos?\b|\bbarrages?\b|\bvolleys?\b)
    |(?P<strike>\bstrikes?\b(?!\s+(?:groups?|a\s+deal|price))|\bstruck\b|\bhit(?:s|ting)?\b|\bslamm(?:ed|ing)\s+into\b
      |\bpounded\b|\bpummell?ed\b|\bshot\s+dead\b|\bgunned\s+down\b|\btarget(?:ed|ing)\b|\battack(?:s|ed|ing)?\b|\bassaults?\b|\braid(?:s|ed)?\b|\bbombed\b)
    """,
    re.I | re.X,
)
_NOT_EVENT_BEFORE = re.compile(
    r"(?:counter[-\s]|heart\s|panic\s|cyber[-\s]?|hunger\s|general\s|labou?r\s|asthma\s)$", re.I
)
#: Nouns that can carry a determiner ("the attack") and so refer back.
NOUNS = words("""attack attacks strike strikes interception interceptions blast blasts explosion explosions barrage
    barrages raid raids assault assaults airstrike airstrikes bombing bombings shelling salvo salvos
    clash clashes incident""")

_BREAK = re.compile(
    r"""\s*;\s*|\s*:\s+|\s+[—–]\s+|\s+-\s+
    |,\s+(?=(?:which|who|where|while|whereas|as|when|after|before|following|amid|adding|saying|but|although
        |though|according|killing|wounding|injuring|threatening|including|setting\s+off|detonating|and|(?:in\s+)?the\s+latest|the\s+(?:first|second|third|fourth|fifth|last)\s+(?:such|time|since|in|of)|in\s+retaliation
        |in\s+response|two\s+security|officials)\b)
    |\s+(?=(?:after|following|amid|while|whereas|when|in\s+retaliation\s+for|in\s+response\s+to|adding\s+that
        |saying\s+that)\b)""",
    re.X | re.I,
)

_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|whose|whom|where)\b", re.I)
_NEGATION = re.compile(
    r"\b(?:no|not|never|neither|nor|without|denied|denies|deny|didn't|did\s+not|wasn't|weren't|hasn't|haven't|"
    r"hadn't|don't|doesn't|none|nobody|no\s+one|rejected|ruled\s+out)\b[^.;]*$",
    re.I,
)
_MODAL = re.compile(
    r"\b(?:would|could|might|(?-i:may)|should|can|will|shall|if|unless|whether|any|plans?\s+to|planned|planning|"
    r"intends?\s+to|aims?\s+to|prepar(?:ing|es?|ed)\s+to|ready\s+to|capable\s+of|capability|ability\s+to|risk\s+of|"
    r"fears?\s+(?:of|that)|concerns?\s+(?:that|about|over)|possible|potential|to\s+deter|in\s+case\s+of|"
    r"threatened\s+to|vowed\s+to|warned\s+of|avoid|prevent(?:ing)?|deter(?:ring)?)\b",
    re.I,
)
_GENERIC = re.compile(
    r"\b(?:frequent(?:ly)?|repeated(?:ly)?|regular(?:ly)?|routinely|often|a\s+series\s+of|numerous|multiple|"
    r"(?:dozens|hundreds|scores)\s+of\s+(?:attacks|strikes|raids|incidents)|"
    r"more\s+than\s+[\d,]+\s+(?:[\w-]+\s+){0,3}?(?:attacks|times|strikes)|"
    r"over\s+(?:the\s+(?:past|last)\s+)?(?:\w+\s+)?(?:weeks|months|years)|"
    r"at\s+least\s+[\d,]+\s+(?:attacks|times)|[\d,]+\s+times|(?:dozens|hundreds|scores|several|many|multiple)\s+(?:of\s+)?times|"
    r"similar\s+attacks|such\s+attacks|in\s+the\s+past|"
    r"over\s+the\s+past|in\s+recent\s+(?:days|weeks|months|years)|has\s+long|have\s+long|targets?\s+of|"
    r"wave\s+of\s+(?:[\w-]+\s+)?(?:attacks|strikes)|string\s+of|spate\s+of|campaign\s+of|a\s+history\s+of|usually|typically|"
    r"each\s+time|every\s+time|whenever|(?:almost\s+|nearly\s+)?(?:daily|nightly|weekly)|for\s+(?:weeks|months|years)|"
    r"day\s+after\s+day|night\s+after\s+night|"
    r"simulat\w*|mock|drills?|exercises?|war\s+games?|rehears\w*|test[- ]fir\w*|"
    # running totals: "so far this month", "to date", "a tally of", "have targeted more than 100 ships since ..."
    r"so\s+far\s+this\s+(?:week|month|year)|to\s+date|in\s+total|tally|"
    r"(?:have|has)\s+(?:\w+\s+)?(?:targeted|launched|fired|attacked|struck|hit)\s+(?:more\s+than|over|at\s+least|some)\s+[\d,]+)\b",
    re.I,
)
#: "attempts to intercept the missile failed": an attempt is not the event.
_ATTEMPT = re.compile(
    r"\b(?:attempts?|attempted|tried|trying|failed|unable|effort|efforts|plot|plotting)\s+to\s+$"
    r"|\b(?:thwarted|foiled|prevented|averted|disrupted)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$"
    r"|\b(?:suspend\w*|halt\w*|stop\w*|ceas\w*|end(?:ed|ing|s)?|resum\w*)\s+(?:its\s+|their\s+|all\s+)?(?:[\w-]+\s+){0,1}$",
    re.I,
)
_DENIAL = re.compile(r"\b(?:denied|denies|deny|denying|rejected\s+claims)\b", re.I)
_PERCEPTION = re.compile(
    r"\b(?:heard|hearing|hear|reported|reports\s+of|sounds?\s+of|witnesses\s+(?:said|reported)|secondary)\s+(?:[\w-]+\s+){0,3}$"
    r"|\bsecondary\s+$",
    re.I,
)

#: "X said Y would strike": a threat by X, whatever event words the quote holds.
SAID_WOULD = re.compile(
    r"\b(?:said|says|vowed|warned|declared|told\s+\w+)\b(?=[^.;]{0,60}?\b(?:would|will|must|shall|(?:(?:is|are|were|was)\s+)?"
    r"(?:fully\s+)?(?:prepared|ready)\s+to)\s+(?:\W?\w+\W?\s+){0,3}?"
    r"(?:(?:strik|attack|hit|target|retaliat|respond|punish|destroy|aveng|escalat|extend|expand|widen|resum|rain|crush)\w*\b"
    r"|pay\s+(?:a|the)\s+(?:heavy\s+|high\s+|steep\s+|dear\s+)?price\b|face\s+(?:the\s+|severe\s+|serious\s+)?consequences\b"
    r"|bring\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:response|retaliation)\b))",
    re.I,
)
#: The words that open such a statement, for a cheap first look.
SPEECH_WORDS = words("said says vowed warned declared told")


@dataclass(frozen=True, slots=True)
class Trigger:
    kind: str
    start: int
    end: int
    word: str


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    triggers: tuple[Trigger, ...]


_TRIGGER_WORDS = words(
    """shot shoot shoots shooting downed downing brought was were destroyed destroying neutralised
    neutralized warn warned warns warning issued vow vowed vows cautioned ultimatum pledged air aerial
    bombing bombings artillery mortar gun gunfight gunfights fire firefight firefights exchange exchanges
    exchanged exchanging days hours weeks nights heavy fierce intense renewed fresh fighting opened explosion explosions exploded blast blasts
    car suicide went blew fell landed came impacted fired firing lobbed salvo salvos barrage barrages volley
    volleys struck hit hits hitting slammed slamming pounded bombed airstrike airstrikes stormed storming
    overran overrun overrunning gunned came encounter an a in military security counter counterterrorism intelligence clearance
    gunbattle gunbattles shootout shootouts dropped dropping bring brings bringing took take takes taken taking"""
)
_TRIGGER_PREFIXES = (
    "intercept", "threat", "bombard", "shell", "clash", "skirmish", "ambush", "detonat", "crash", "launch",
    "strike", "target", "attack", "assault", "raid", "pummel",
)  # fmt: skip


def find_triggers(text: str, toks: Sequence[Token]) -> list[Trigger]:
    """Every event word of the text, found by a word lookup and then checked by the full pattern."""
    out = []
    for t in toks:
        w = t.norm
        if w in _TRIGGER_WORDS or w.startswith(_TRIGGER_PREFIXES):
            m = _TRIGGER.match(text, t.start)
            if m and not _NOT_EVENT_BEFORE.search(text, max(0, t.start - 12), t.start):
                out.append(Trigger(m.lastgroup or "", m.start(), m.end(), m.group().lower()))
    return out


def clauses(
    text: str, a: int, b: int, keep: Sequence[tuple[int, int]] = (), triggers: Sequence[Trigger] | None = None
) -> list[Clause]:
    """The clauses of the sentence text[a:b], each with its event words; no break inside ``keep`` spans."""
    bounds = [a]
    for m in _BREAK.finditer(text, a, b):
        if any(s <= m.start() < e for s, e in keep):
            continue
        if m.start() > bounds[-1]:
            bounds.append(m.start())
    bounds.append(b)
    # A relative clause closes at its next comma: "militants, who could not be reached, fired ..." leaves
    # "fired" in a clause of its own, out of reach of the relative clause's "could" and "not".
    for lo, hi in list(pairwise(bounds)):
        if _RELATIVE_OPEN.match(text, lo, hi):
            close = text.find(", ", lo + 2, hi)
            if close != -1 and not any(s <= close < e for s, e in keep):
                bounds.append(close)
    bounds.sort()
    if triggers is None:
        triggers = [
            Trigger(m.lastgroup or "", m.start(), m.end(), m.group().lower())
            for m in _TRIGGER.finditer(text, a, b)
            if not _NOT_EVENT_BEFORE.search(text, max(a, m.start() - 12), m.start())
        ]
    out = []
    for lo, hi in pairwise(bounds):
        inside = tuple(t for t in triggers if lo <= t.start < hi)
        out.append(Clause(lo, hi, inside))
    return out


def negated(text: str, lo: int, trig_start: int) -> bool:
    """A negation between the clause start and the event word ("carried out no attacks")."""
    window = text[max(lo, trig_start - 60) : trig_start]
    return bool(_NEGATION.search(window))


def hypothetical(text: str, lo: int, trig_start: int) -> bool:
    return bool(_MODAL.search(text, max(lo, trig_start - 80), trig_start)) or bool(
        _ATTEMPT.search(text, max(lo, trig_start - 30), trig_start)
    )


def generic(text: str, lo: int, hi: int) -> bool:
    """A pattern ("repeated attacks over the past year") or a drill ("simulating strikes"), not one event."""
    return bool(_GENERIC.search(text, lo, hi))


def denial(text: str, a: int, b: int) -> bool:
    return bool(_DENIAL.search(text, a, b))


def perceived(text: str, lo: int, trig_start: int) -> bool:
    """The event word is the object of hearing or reporting ("heard two loud blasts")."""
    return bool(_PERCEPTION.search(text, max(lo, trig_start - 50), trig_start))
