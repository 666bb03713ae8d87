"""Past deeds: whether the words before a date tell something already done, one reader for every rule.

A date after a deed told in the past ("were supposed to leave by", "left the base in", "remained
there until", "the two states agreed a pact in") is a day gone by, not a deadline ahead. The date
resolver (dates.py) and the milestone reader (milestones.py) both ask this, each in the frame its
question needs; ``told_past`` answers for every frame, and the tables it reads live here only.

    told_past("deadline", text, 0, pos)     a deadline told in the past: "was supposed to withdraw by"
    told_past("done_by", text, 0, pos)      a step done before its bound: "left the island before", "had left by"
    told_past("clause", text, s.start, pos) a clause in the past: "remained under their control until"
    told_past("step", clause)               a clause opening on a step done: "the troops pulled out of ..."
    told_past("deed", art, lo, pos)         a deed in the simple past, no plan: "agreed a pact in"
    told_past("deed_in_month", art, lo, pos) one deed ending on its month's "in": "left the airbase in"

The window frames look back from ``hi`` no further than their reach (and never before ``lo``); "step"
reads ``text[lo:hi]`` from its start; the token frames need the article (a ``Document``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from reporter.extract.lemmas import lemma_form
from reporter.extract.prefilter import guarded
from reporter.extract.text import CLAUSE_CHAR, IN_CLAUSE, IN_SENTENCE

if TYPE_CHECKING:
    from reporter.extract.document import Document
    from reporter.extract.text import Token

Frame = Literal["deadline", "done_by", "clause", "step", "deed", "deed_in_month"]

#: How far (characters) the window frames look back from the date.
_DEADLINE_REACH = 80
_CLAUSE_REACH = 100

#: A deadline in a past-tense frame: its date is at or before the report, not a year on.
_PAST_DEADLINE = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:supposed|due|scheduled|expected|meant|set|required|ordered|told)\s+(?:to|by)\b"
    r"|\bhad\s+(?:agreed|promised|pledged|planned|vowed|until|till)\b|\b(?:was|were)\s+(?:extended|to)\b|\bmissed\b|\bdemanded\b"
    r"|\bfailed\s+to\b"
    # a deadline given in the past: "gave the troops until January 31 to leave", "were given until March 1"
    r"|\bgave\s+(?:[\w’'-]+(?:,\d{3})*\s+){1,10}?(?:until|till)\b|\b(?:was|were|had\s+been)\s+given\s+(?:until|till)\b"
    # a deadline a step is told not taken in spite of: "have not started despite a deadline of Monday"
    r"|\b(?:despite|in\s+spite\s+of)\s+(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){0,2}?deadlines?\s+(?:of|on|for|set\s+for)\s+$"
    # a deadline told gone by before its day: "a deadline that fell on (Sunday)", "which expired on"
    r"|\bdeadlines?\b" + IN_SENTENCE + r"{0,60}?\b(?:fell|expired|passed|lapsed|ran\s+out)\s+(?:on\s+)?$",
    re.I,
)
#: A step told in the past perfect looks back from the day its clause gives: "had been withdrawn from the
#: area by Monday", "By Wednesday, the last troops had left" (a day gone by, not a deadline ahead); not
#: a plan it tells ("had decided that the troops will leave by Monday", "had ordered them to leave by").
HAD_DONE = r"\bhad\s+(?:(?:all|already|now|just|fully|\w+ly)\s+)?(?:been\s+)?(?:\w+(?:ed|en|wn|ft|ut))\b"
_HAD_DONE_BEFORE = re.compile(
    HAD_DONE + r"(?!" + CLAUSE_CHAR + r"*\b(?:will|would|shall|must|to)\b)" + CLAUSE_CHAR + r"{0,60}$", re.I
)
#: ... and one told in the present perfect, by a verb of a step done: "have withdrawn from Chad by mid-July",
#: "has handed over three bases by March" (news of progress up to the bound, gone by); not a plan set
#: ("has been scheduled for March") nor one told ahead ("has agreed to leave by", "has said it will leave by").
_HAS_DONE_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:(?:all|already|now|just|fully|\w+ly)\s+)?(?:been\s+)?"
    r"(?:withdrawn|left|departed|vacated|completed|finished|pulled\s+out|handed\s+over|redeployed|returned|gone)\b"
    r"(?!" + CLAUSE_CHAR + r"*\b(?:will|would|shall|must|to(?!\s+(?:the|its|their|(?-i:[A-Z]))))\b)" + CLAUSE_CHAR + r"{0,60}$",
    re.I,
)
#: A step told as done before its bound ("the first contingent left the island before 10 March"): that bound is
#: behind the report too, unless a modal between makes the bound a plan ("that left will return by"), or the
#: participle follows a bare "be" ("should be completed by", "is to be handed over by"): a plan, not a step done.
_DONE_BEFORE = guarded(
    re.compile(
        r"\b(?<!\bbe\s)(?<!\bbeing\s)(?:left|withdrew|departed|arrived|completed|finished|ended|expired|lapsed|passed|vacated|pulled\s+out|handed\s+over"
        # a start told done: "took effect on June 2", "came into force on", "went into effect"
        r"|took\s+effect|(?:came|went|entered)\s+(?:into\s+)?(?:effect|force)"
        # a step or event told held: "the handover, which had been scheduled for May, took place on Tuesday"
        r"|took\s+place"
        # a step told over in the past, its word an adjective: "the withdrawal was complete by", "were out by"
        r"|(?:was|were)\s+(?:all\s+|fully\s+|already\s+)?(?:complete|over|out|gone)"
        # a level told reached: "troop numbers dropped to 2,000 by May"
        r"|(?:fell|dropped|shrank|declined)\s+(?:to|below|under)\s+(?:about\s+|around\s+)?\d[\d,]*)\b"
        # a "to" naming whom a thing went to ("handed over the bases to the army by June") is no plan's
        # infinitive; one before a verb ("left plans to withdraw by June") still is
        r"(?!" + CLAUSE_CHAR + r"*\b(?:will|would|shall|must|to(?!\s+(?:the|its|their|(?-i:[A-Z]))))\b)"
        + CLAUSE_CHAR
        + r"{0,60}$",
        re.I,
    )
)
#: A clause told in the past before a date: "remained under their control until", "was held until".
_PAST_CLAUSE = re.compile(
    r"\b(?:was|were|had|remained|stayed|lasted|held|ruled|controlled|continued|administered|served|"
    r"occupied|existed|fought|operated|lived|worked)\b(?!" + IN_CLAUSE + r"*[,;])" + IN_SENTENCE + r"*$",
    re.I,
)
#: A step told done in the simple past, with no modal, "to", plan or negation before its verb: "the
#: troops pulled out of the country", "completed their withdrawal" (ahead of the deadline).
_STEP_DONE = re.compile(
    r"^(?:(?!\b(?:will|would|shall|should|must|could|can|may|might|to|plan\w*|expect\w*|set|due|if|not|never|yet|failed|refused)\b)[^,;])*?"
    r"\b(?:left|withdrew|vacated|departed|pulled\s+(?:\w+\s+){0,3}?out|completed|finished|handed\s+over|quit|flew\s+(?:\w+\s+)?out)\b(?![^,;]*\b(?:will|would)\b)",
    re.I,
)
#: A word of a plan or an obligation before a date: what follows it is ahead, whatever verb is past.
_PLAN_WORD = re.compile(
    r"\b(?:will|would|shall|must|should|(?:is|are|was|were|set|due|expected|scheduled|plans?|aims?|intends?)\s+to|scheduled|deadline)\b",
    re.I,
)
#: Words that, before a past participle, make it an adjective or a passive ("the extended mission").
_BEFORE_ADJECTIVE = frozenset(("a", "an", "the", "its", "their", "his", "her", "this", "that", "be", "been", "being"))
#: Past forms the lemma table reads as base forms, and the done steps' own words ("left", "withdrew").
TENSED = frozenset(("left", "withdrew", "sent", "quit", "set", "put", "cut", "hit", "held", "met", "led", "fled"))
#: What may follow a verb told done up to its own month: a few plain words and "in" ("left the airbase in").
_DONE_TAIL = re.compile(
    r"(?:\s+(?!(?:to|that|which|who|for|ahead|deadline|ceasefire|truce|and|but)\b)[\w'’-]+){0,6}\s+(?:(?:in|on)\s+(?:(?:early|late|mid)[\s-]+)?)?", re.I
)
_DATE_OPENS_AT = re.compile(r"(?:in|on)\s", re.I)


def told_past(frame: Frame, source: str | Document, lo: int = 0, hi: int | None = None) -> bool:
    """Whether ``source`` (a text, or for "deed" and "deed_in_month" the article) tells, before ``hi``
    and from ``lo`` on, a deed gone by in ``frame`` (see the module's docstring)."""
    text = source if isinstance(source, str) else source.text
    if hi is None:
        hi = len(text)
    if frame == "deadline":
        return _PAST_DEADLINE.search(text, max(lo, hi - _DEADLINE_REACH), hi) is not None
    if frame == "done_by":
        at = max(lo, hi - _DEADLINE_REACH)
        return bool(
            _DONE_BEFORE.search(text, at, hi) or _HAD_DONE_BEFORE.search(text, at, hi) or _HAS_DONE_BEFORE.search(text, at, hi)
        )
    if frame == "clause":
        return _PAST_CLAUSE.search(text, max(lo, hi - _CLAUSE_REACH), hi) is not None
    if frame == "step":
        return _STEP_DONE.search(text[lo:hi]) is not None  # its "^" is the clause's start, not the text's
    assert not isinstance(source, str), frame
    if frame == "deed":
        return _deed(source, lo, hi)
    return _deed_in_month(source, lo, hi)


def _deed(art: Document, lo: int, hi: int) -> bool:
    """The sentence before ``hi`` tells a deed in the simple past ("the two states agreed a pact
    in", "strengthened relations and concluded an accord in") and no plan: a yearless date there is a
    time gone by, not a deadline that the undated page's year-guessing should put ahead."""
    if _PLAN_WORD.search(art.text, lo, hi):
        return False
    # (a past form right after another is a participle of the first: "had agreed", "was extended")
    return any(lemma_form(before.norm)[1] not in ("ed", "past") for _, before in _past_verbs(art, lo, hi))


def _deed_in_month(art: Document, lo: int, hi: int) -> bool:
    """The clause before ``hi`` is one deed in the simple past ending in "in" ("a platoon left the
    desert airbase in"), with no plan before it (_PLAN_WORD): its month is gone by."""
    if _PLAN_WORD.search(art.text, lo, hi):
        return False
    verbs = [t for t, _ in _past_verbs(art, lo, hi, TENSED)]
    verb = verbs[-1] if verbs else None  # the last: the deed the month dates
    tail = _DONE_TAIL.fullmatch(art.text, verb.end, hi) if verb is not None else None
    # the preposition ends the tail or opens the date's own words ("on October 3", "in early October")
    return tail is not None and (tail.group().rstrip().endswith((" in", " on", "early", "late", "mid")) or _DATE_OPENS_AT.match(art.text, hi) is not None)


def _past_verbs(art: Document, lo: int, hi: int, tensed: frozenset[str] = frozenset()) -> Iterator[tuple[Token, Token]]:
    """The words from ``lo`` to ``hi`` in a past form (or in ``tensed``), each with the word before it, which
    lies in the stretch and makes no adjective or passive of it ("the extended mission", "be completed")."""
    toks, i = art.tokens, art.token_index(lo)
    while i < len(toks) and toks[i].start < hi:
        t = toks[i]
        if (
            (lemma_form(t.norm)[1] in ("ed", "past") or t.norm in tensed)
            and i > 0
            and toks[i - 1].start >= lo
            and toks[i - 1].norm not in _BEFORE_ADJECTIVE
        ):
            yield t, toks[i - 1]
        i += 1
