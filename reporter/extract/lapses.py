"""Stretches of time that set a due date: "within 120 hours", "in two days' time", "will take four
to six months", "over the following ten days", "12 hours later", "tomorrow", and no stretch at all
("immediately", "at noon", "at 18:00": the report's day).

A stretch is counted from the day it runs from: a day told before it in its sentence ("as of
October 23 ... within 150 hours"), the end of a stretch told before it ("begin to leave within two
days, a withdrawal that lasts no more than ten days"), a day the sentence before sets a start on
("The troops begin to leave today. The withdrawal is to take ten days."), or else the report's day.
A stretch "after" or "from" an event ("90 days after the accord is signed on May 20") counts from
the day told after it, or else as above, but never from the report: the event is not the report.
Every stretch gives a day, months and years too (the same day of the month). A deal's numbered day
("on day 22 of the truce", "by the 50th day of the ceasefire") counts only from the deal's first day, or
a numbered phase's told starting ("The first phase began on January 19. ... by the 22nd day"), told before it
in its sentence or a few sentences away, never from the report.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from reporter.extract import speech
from reporter.extract.dates import OF_EVENT, DateMention, DateSpan, month_span, months_after
from reporter.extract.document import Document
from reporter.extract.lemmas import lemma
from reporter.extract.numbers import NUMBER, ORDINAL_WORD, parse_number, parse_ordinal
from reporter.extract.prefilter import Folded
from reporter.extract.text import words

_UNIT = r"(?P<u>hours?|days?|weeks?|months?|years?)"
_AMOUNT = rf"(?P<n>{NUMBER}|a|an|one)(?:\s+(?:to|or)\s+(?P<n2>{NUMBER}))?(?:\s+|-){_UNIT}"
#: The day of a deal by its number: "on day 22 of the truce", "by the seventh day of the ceasefire", "no later
#: than the 16th day of the first phase".
_DEAL_DAY_HEAD = (
    r"\b(?:on|by|from|until|till|through|no\s+later\s+than)\s+(?:the\s+)?(?:day\s+(?P<dn>\d{1,3})|(?P<do>\d{1,3})(?:st|nd|rd|th)\s+day|(?P<dw>"
    + ORDINAL_WORD
    + r")\s+day)"
)
_DEAL_DAY = (
    _DEAL_DAY_HEAD
    + r"\s+of\s+(?:the\s+|its\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:truce|ceasefire|cease-fire|deal|agreement|accord|phase)\b"
)
_DEAL_DAY_RE = re.compile(_DEAL_DAY_HEAD, re.I)
#: A stretch ahead, with the word that makes it one. "for N days" is left to truces (a truce's length).
_LAPSE = Folded(re.compile(
    r"\b(?:(?:with)?in\s+(?:the\s+next\s+)?|after\s+(?:another\s+)?|over\s+the\s+(?:next|following|coming)\s+"
    # a step spread over a stretch from now: "to withdraw gradually over 60 days", "in phases over six months"
    r"|(?<=\s)(?:gradually|progressively|in\s+(?:stages|phases))\s+over\s+(?:a\s+period\s+of\s+)?"
    # ... or by a verb of a gradual step: "will wind down over three years", "be phased out over 18 months"
    r"|(?:(?<=\bdown\s)|(?<=\bout\s)|(?<=\bback\s))over\s+(?:a\s+period\s+of\s+)?"
    r"|(?:take|takes|taking|last|lasts|lasting|runs?\s+for|running\s+for)\s+(?:about\s+|around\s+|some\s+|approximately\s+|up\s+to\s+|no\s+more\s+than\s+|at\s+most\s+)?"
    r"|no\s+(?:more|later)\s+than\s+)"
    + _AMOUNT
    + r"(?:['’]s?\s+time)?\b"
    # one unit ahead told without its amount: "over the next year", "within the coming month"
    r"|\b(?:over|within|in|during)\s+the\s+(?:next|coming)\s+(?P<one>year|month|week)\b"
    rf"|\b(?P<ln>{NUMBER})\s+(?P<lu>hours?|days?|weeks?)\s+later\b|\btomorrow\b"
    # "90 days after the accord is signed", "six months from the signing": counted from an event named after it
    rf"|\b(?:{NUMBER}|a|an|one)(?:\s+(?:to|or)\s+{NUMBER})?\s+(?:hours?|days?|weeks?|months?|years?)"
    r"\s+(?:after|following|from)\b(?!\s+(?:now|today)\b)"
    # a stay told ahead by its length, its end due when it runs out: "will stay for about 60 days", "are
    # to remain there for six months" (the base verb only: "stayed for 60 days" is a stay gone by)
    r"|(?P<stay>\bfor\s+(?:(?:another|a\s+further)\s+(?:day|week|month)(?!\s+or\b)|"
    rf"(?:about\s+|around\s+|roughly\s+|some\s+|approximately\s+|up\s+to\s+|another\s+|a\s+further\s+)?(?:{NUMBER}|a|an|one)"
    r"(?:\s+(?:to|or)\s+" + NUMBER + r")?(?:\s+|-)(?:days?|weeks?|months?))\b(?!\s+(?:a|each|every|per|at\s+a)\b))"
    r"|(?P<clock>\bat\s+(?:about\s+|around\s+|approximately\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\b\.?|[012]?\d:\d\d\b|noon\b|midnight\b))"
    # no stretch at all: "will begin withdrawing immediately", "ordered them to leave forthwith" (the report's day)
    r"|(?P<now>\b(?:immediately|forthwith|without\s+delay)\b(?!\s+(?:after|following|before|upon|on|when|once|if|as)\b))"
    # a stretch given for a step in hours ("gave the fighters 48 hours to leave"; the date finder
    # reads days, weeks and months so)
    rf"|\b(?:{NUMBER})\s+hours\s+(?=to\s)"
    # a deadline or ultimatum of a stated length, counted from the day it was set: "set a four-day deadline
    # on Tuesday", "issued a 72-hour ultimatum" (its "\b" first, as every alternative's: the engine's
    # grouping puts them all behind one "\b", which turns away each position inside a word at once)
    rf"|\b(?<!\bthe\s)(?<!\bThe\s)(?:{NUMBER}|one)-(?:hour|day|week|month)\s+(?:deadline|ultimatum)\b"
    # a day of a deal counted from its first ("on day 22 of the truce", "by the 50th day of the
    # ceasefire"): only from the deal's own day, never from the report's
    rf"|{_DEAL_DAY}"
    # ... and one told bare, the deal named around it ("The truce took effect on Sunday. ... will leave the
    # corridor by day 22"): counted the same way, and nothing when no deal's first day is told
    # (or by its ordinal: "will leave by the 22nd day", "on the seventh day")
    r"|\b(?:on|by|until|till|through)\s+(?:day\s+(?P<db>\d{1,3})|the\s+(?P<dbo>\d{1,3}(?:st|nd|rd|th)|"
    + ORDINAL_WORD
    + r")\s+day)\b(?!\s+of\b)(?!\s*[-–,]\s*\d)",
    re.I,
))
#: What every match of _LAPSE holds: a unit right after white space (every form but two writes
#: "<amount> <unit>"), or those two, "tomorrow" and a clock's digit before "a.m."/"p.m.". Most sentences searched
#: hold none ("Monday" and "today" are no unit): this one cheap search turns them away before the
#: costly one (about 50 microseconds a sentence: its amounts may open at any word).
_LAPSE_HINT = re.compile(r"[\s-](?:hour|day|week|month|year)|tomorrow|\d\s*[ap]\.?m|\d:\d\d|noon|midnight|immediately|forthwith|without delay", re.I)
#: A single unit told without its amount ("the next year"), at the end of a stretch's text.
_ONE_UNIT = re.compile(r"\b(?:next|coming|another|further)\s+(year|month|week|day)$", re.I)
#: The amount of a stretch inside a date mention ("within two days", "60 days to", "ten days from now").
_AMOUNT_IN = re.compile(_AMOUNT, re.I)
#: Words that open a start: "as of October 23", "starting on", "effective from".
_STARTS_AT = re.compile(r"\b(?:as\s+of|as\s+from|starting|beginning|effective)\b[^,;.]{0,40}$|\bfrom\s+$", re.I)
_START_LEMMAS = frozenset(lemma(w) for w in words("begin began start started launch launched commence commenced"))
#: Before a sentence with a stretch, a day a deal is made on or takes effect sets it off too: "The truce
#: was signed on May 2. Under it, troops must leave within 60 days."
_DEAL_LEMMAS = frozenset(lemma(w) for w in words("sign signed agree agreed ratify ratified ink inked seal sealed"))
_TAKES_EFFECT = re.compile(
    r"\b(?:t[ao]ok|takes?|taken|taking|came|comes?|coming|went|goes|go|entered|enters?)\s+(?:into\s+)?(?:effect|force)\b",
    re.I,
)
#: A plea before "immediately": "called for", "urged", "appealed to", "asked": rhetoric, not a step's day.
_PLEA = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:for|on|upon)|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?|plead(?:s|ed|ing)?"
    r"|ask(?:s|ed|ing)?|press(?:es|ed|ing)?\s+for)\b",
    re.I,
)
#: The stay whose length "for 60 days" counts to its end: the base verb ("will stay", "to remain"; not
#: "stayed", a stay gone by), there or in a named place or the region, not "in force" (a truce's term).
_STAY = re.compile(
    r"\b(?:stay|remain)\s+(?:there\s+|(?:in|at)\s+(?:the\s+)?(?:region|area|country"
    r"|(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})\s+)?$",
    re.I,
)
#: Sentence words that call for a look: units of a stretch, "tomorrow", a time of day.
UNIT_WORDS = ("hour", "day", "week", "month", "year", "tomorrow", "a.m", "p.m", " pm", " am ", ":0", ":1", ":2", ":3", ":4", ":5", "noon", "midnight", "immediately", "forthwith", "without delay")


#: A plan's phase named by its number: "the first phase", "stage two".
_PHASE = r"(?:first|second|third|initial|final)\s+(?:phase|stage)|(?:phase|stage)\s+(?:one|two|three|[1-3])"
#: A stretch told as a length: "will last six months", "lasting up to ten days".
_LASTS = re.compile(r"last|run", re.I)
#: A step whose length counts to its end: "the withdrawal will last no more than ten days", "the truce
#: will last three days, beginning on March 14".
_STEP_LASTS = re.compile(
    r"\b(?:withdrawals?|pull-?outs?|pull-?backs?|drawdowns?|departures?|handovers?|evacuations?|exit|retreat|"
    r"disengagement|relocation|transfer|redeployment|repatriation|truces?|" + _PHASE + r"|ceasefires?|cease-fires?|pauses?)\b"
    # its length in an aside right after it: "the first phase, lasting six weeks", "the truce, which will last"
    r"(?:[^,;.:]*|\s*,\s*(?:which\s+(?:will\s+|would\s+|is\s+to\s+)?)?)$",
    re.I,
)


def unit_sentences(art: Document) -> set[int]:
    """The sentences whose text holds one of UNIT_WORDS. Each word is looked for once in the whole
    text: most sentences hold none, and testing every sentence for every word cost more."""
    text, sentences = art.text, art.sentences
    out: set[int] = set()
    for u in UNIT_WORDS:
        at = text.find(u)
        while at != -1:
            i = art.sentence_index(at)
            # (a hit between two sentences, in the space a sentence's text is stripped of, is in neither)
            if i >= 0 and sentences[i].start <= at and at + len(u) <= sentences[i].end:
                out.add(i)
            at = text.find(u, at + 1)
    return out


def lapses(art: Document, start: int, end: int) -> list[DateMention]:
    """The stretches ahead in ``start:end`` that no date mention covers, counted from the report
    (kind "lapse"; without a report day the span waits for an anchor)."""
    if _LAPSE_HINT.search(art.text, start, end) is None:
        return []
    out = []
    told = art.dates_in(start, end)
    for m in _LAPSE.finditer(art.text, start, end):
        if art.dates_in(m.start(), m.end()) or any(d.start <= m.start() < d.end or m.start() < d.start < m.end() for d in told):
            continue  # "within six months" is already a date ("no later than | 30 days from now" too)
        if m.group("clock") and told:
            continue  # "at 7 a.m. on Friday": the day is told
        if _LASTS.match(art.text, m.start(), m.end()) and not _STEP_LASTS.search(art.text, max(start, m.start() - 80), m.start()):
            continue  # "the deployment will last six months": a state's length, its end the reader's sum
        if m.group("stay") and not _STAY.search(art.text, max(start, m.start() - 40), m.start()):
            continue  # "for 60 days" alone is a length; only a stay's ("will stay for 60 days") runs out
        if m.group("now") and _PLEA.search(art.text, max(start, m.start() - 150), m.start()):
            continue  # "called for the captives to be freed immediately": a plea, no step set for a day
        counted = None if m.group("dn") or m.group("do") or m.group("dw") or m.group("db") or m.group("dbo") else _from(art.published, m.group())
        out.append(DateMention(m.start(), m.end(), counted, "lapse"))
    return out


def _bare_day_alone(art: Document, i: int, d: DateMention) -> bool:
    """A deal's day told bare ("by day 22") with no deal named in its sentence or the two before: the
    day of a fight or of anything else, counted from nothing."""
    if _OF_DEAL.match(art.text, d.end) or " of " in art.text[d.start : d.end]:
        return False
    # (two back: "agreed to a truce that takes effect on Sunday. The first phase will last 42 days. ... by the 22nd day";
    # a deal's phase is one too, counted from the day it began: "The first phase began on January 19. ... by the 22nd day")
    lo = art.sentences[max(0, i - 2)].start
    return not _A_DEAL.search(art.text, lo, art.sentences[i].end) and not _A_PHASE.search(art.text, lo, art.sentences[i].end)


#: The nouns that name a deal: "truce", "ceasefire", "pact", "treaty".
_DEALS = "agreement|deal|accord|truce|ceasefire|cease-fire|armistice|pact|treaty|memorandum|declaration"
#: A deal named, in any number: "the truce", "the accords".
_A_DEAL = re.compile(r"\b(?:" + _DEALS + r")s?\b", re.I)
#: A phase named by its number told starting, not one of a fight: "the first phase, which began on", "stage two
#: started", not "the first phase of the offensive began" nor "In the first phase," after "The offensive began".
_A_PHASE = re.compile(
    r"\b(?:" + _PHASE + r")\b(?!\s+of\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w-]+\s+)?(?:offensive|operation|campaign|assault|war)\b)"
    r"[^.;:]{0,40}?\b(?:began|begins|begun|started|starts|commenced|commences|t(?:ook|akes)\s+effect"
    r"|(?:came|comes|went|goes)\s+into\s+(?:force|effect))\b",
    re.I,
)


def _amount(text: str) -> tuple[int, str] | None:
    """How many of which unit a stretch says ("four to six months" is six: the latest it may take)."""
    if (day := _deal_day(text)) is not None:
        return day - 1, "day"  # a deal's first day is the day it starts
    if text.lower() == "tomorrow":
        return 1, "day"
    if text.lower().startswith("at "):
        return 0, "day"  # "will be released at 4 p.m.": a time of day with no day told is the report's
    if text.lower().startswith(("immediately", "forthwith", "without")):
        return 0, "day"  # "will leave immediately": the report's day
    m = _AMOUNT_IN.search(text)
    if m is None:
        one = _ONE_UNIT.search(text)
        return (1, one.group(1).lower()) if one else None
    n = parse_number(m.group("n2") or m.group("n")) or 1
    return n, m.group("u").lower().rstrip("s")


def _deal_day(text: str) -> int | None:
    """The number of the deal's day a mention names ("day 22", "the seventh day"), else None."""
    if text[:1].lower() not in "obfunt" or (m := _DEAL_DAY_RE.match(text)) is None:
        return None
    if m.group("dw"):
        return parse_ordinal(m.group("dw"))
    return int(m.group("dn") or m.group("do"))


def _from(anchor: date | None, text: str) -> DateSpan | None:
    amount = _amount(text)
    if anchor is None or amount is None:
        return None
    return due_after(anchor, *amount)


def due_after(anchor: date, n: int, unit: str) -> DateSpan:
    """The day ``n`` hours, days, weeks, months or years after ``anchor``: "within six months" of
    May 10 is November 10, which also meets a deadline told only by its month."""
    days = {"hour": n // 24, "day": n, "week": 7 * n}.get(unit)
    if days is not None:
        due = anchor + timedelta(days=days)
        return DateSpan(due, due, "day")
    due = months_after(anchor, n if unit == "month" else 12 * n)
    return DateSpan(due, due, "day")


def is_lapse(art: Document, d: DateMention) -> bool:
    """A mention that counts a stretch ahead: one of ours, or the date finder's "within two days",
    "60 days to", "ten days from now"."""
    if d.kind == "lapse":
        return True
    return (
        d.kind == "relative"
        and _AMOUNT_IN.search(art.text, d.start, d.end) is not None
        and not _AGO.search(art.text, d.start, d.end)
        and not _LENGTH.search(art.text, max(0, d.start - 12), d.start)
    )


_AGO = re.compile(r"\bago\b", re.I)
#: A stretch that names the event it counts from after it: "90 days after", "six months from".
COUNTS_FROM_NEXT = re.compile(r"\b(?:after|following|from)$", re.I)
#: ... or right after it: "no later than 30 days | after the vote", "within 60 days | following the signing".
_THEN_FROM = re.compile(r"\s+(?:after|following|from)\s+(?!now\b|today\b)", re.I)


_FROM_RIGHT_BEFORE = re.compile(r"\s*(?<!\S)(?:from|after|following)\s+", re.I)


def _counts_from_next(art: Document, d: DateMention) -> bool:
    """Whether a stretch counts from an event named after it ("90 days after", "no later than 30 days
    after the vote"), not from the report."""
    return bool(COUNTS_FROM_NEXT.search(art.text, d.start, d.end) or _THEN_FROM.match(art.text, d.end))


#: "extended for 16 months to December": the length of a term, not a stretch to a deadline.
_LENGTH = re.compile(r"\bfor\s+(?:another\s+|a\s+further\s+)?$", re.I)


def anchors_stretch(art: Document, d: DateMention, dates: list[DateMention]) -> bool:
    """Whether ``d`` is the day a stretch told just before it counts from, in the same clause: "90 days
    after the accord is signed on May 20" is due in August; May 20 is the signing, not a due date; so
    is April 1 in "within 90 days of the signing on April 1"."""
    return any(
        o.end <= d.start
        and is_lapse(art, o)
        and (
            # "within 90 days from today, the junta said": the day right after the stretch's "from" is its
            # start, a saying told after it or not
            _FROM_RIGHT_BEFORE.fullmatch(art.text, o.end, d.start)
            or (
                (_counts_from_next(art, o) or OF_EVENT.match(art.text, o.end) or SET_LENGTH.search(art.text, o.start, o.end))
                and not CLAUSE_BREAK.search(art.text, o.end, d.start)
                and not said_on(art, d)
            )
        )
        for o in dates
    )


#: Where a clause ends: "..., and", "; ", " — ".
CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[—–]\s")
_DEADLINE_LENGTH = r"-(?:hour|day|week|month)\s+(?:deadline|ultimatum)"
#: "a four-day deadline on Tuesday": the day told after a deadline's length is the day it was set.
SET_LENGTH = re.compile(_DEADLINE_LENGTH + "$", re.I)
#: The whole length of a deadline set: "four-day deadline" (its clause is the step's "what").
SET_LENGTH_AT = re.compile(r"\S+" + _DEADLINE_LENGTH + r"\b", re.I)


def anchored(
    art: Document, i: int, dates: list[DateMention], resolve: Callable[[DateMention], DateMention] | None = None
) -> list[DateMention]:
    """The sentence's dates with each stretch counted from its anchor (see the module's note); ``resolve``
    reads a date of the sentence before as the caller reads its own (a weekday of a plan still ahead)."""
    if not any(d.kind in ("lapse", "relative") for d in dates):
        return dates
    out: list[DateMention] = []
    for k, d in enumerate(dates):
        if is_lapse(art, d) and _deal_day(art.text[d.start : d.end]) is not None and _bare_day_alone(art, i, d):
            d = DateMention(d.start, d.end, None, d.kind)  # "by day 22" with no deal around it: no day to count from
        elif is_lapse(art, d) and (nth := _deal_day(art.text[d.start : d.end])) is not None:
            # a deal's day counts from the deal's first day only: the day it began, took effect or was
            # made, told before it in its sentence or in one of the sentences before
            # (not another deal day told before it: "leave by the 22nd day and ... on the seventh day" both count from the start)
            deal = next((o for o in reversed(out) if _day(art, o) is not None and not is_lapse(art, o)), None) or _deal_told(art, i, d)
            if deal is not None and deal.span is not None and deal.span.precision == "day":
                d = DateMention(d.start, d.end, due_after(deal.span.start, nth - 1, "day"), d.kind)
        elif is_lapse(art, d) and (_end_told(art, d, dates[k + 1 :]) or _restated(art, d, dates)):
            d = DateMention(d.start, d.end, None, d.kind)  # the stretch's end is told as a date: that date is due
        elif is_lapse(art, d) and _counted_from_untold_day(art, i, d, out, dates[k + 1 :]):
            # "In 2019 the army planned to leave within a year", "had promised to leave within six months",
            # "Once the accord is signed, the brigade will leave within 30 days": counted from a plan made
            # in a past, or a condition met in a future, that we cannot date to the day, not from the report
            d = DateMention(d.start, d.end, None, d.kind)
        elif is_lapse(art, d) and _after_undated_deal_day(art, out):
            # "on the 42nd day of the truce, ... must withdraw within eight days", the truce's start untold:
            # counted from a day we cannot date, not from the report
            d = DateMention(d.start, d.end, None, d.kind)
        elif is_lapse(art, d) and _UNDER_WHICH.search(art.text, art.sentences[i].start, d.start) and (deal := _deal_told(art, i, d)):
            # "remained there on Monday, after a truce that took effect in November, under which they were to
            # leave within 60 days": counted from the deal the relative clause hangs on, not the day before it
            d = DateMention(d.start, d.end, _from_deal(art, d, deal), d.kind)
        elif is_lapse(art, d):
            anchor = _anchor(art, i, d, out, dates[k + 1 :], resolve)
            if anchor is not None:
                span = _from(anchor, art.text[d.start : d.end])
                if span is not None and anchor in (_month_started(art, i, d, out), _month_starting_after(art, d, dates[k + 1 :])):
                    # counted from a month ("begins in August ... within 14 months"): a month, not a day
                    span = month_span(span.start.year, span.start.month)
                d = DateMention(d.start, d.end, span, d.kind) if span is not None else d
            elif (deal := _deal_told(art, i, d)) is not None:
                d = DateMention(d.start, d.end, _from_deal(art, d, deal), d.kind)
            elif _counts_from_next(art, d):
                d = DateMention(d.start, d.end, None, d.kind)  # "90 days after the vote": not from the report
        out.append(d)
    return out


#: A plan told in the past perfect, before its stretch: "had planned to", "had not promised to". The
#: plan was made before a past the story tells of, so its stretch runs from an untold day.
_PLANNED_BEFORE = re.compile(
    r"\bhad\s+(?:(?:not|never|already|originally|initially|once|earlier|long)\s+)?[a-z]+(?:ed|en|wn|ght)\s+"
    r"(?:[\w-]+\s+){0,3}?to\s",
    re.I,
)


#: A condition fronted before the stretch's clause that an act still to come meets: "If the second phase is
#: agreed, ...", "Once the accord is signed, ...", "once the pact takes effect, ...": the stretch runs from the
#: day it is met. A condition that a state meets ("If the rebels keep the deal, ...") runs from now.
_FRONTED_CONDITION = re.compile(
    r"\W*(?:if|once|as\s+soon\s+as)\b[^,;]{0,80}?\b(?:(?:is|are|gets?|has\s+been|have\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)"
    r"|takes?\s+effect|(?:enters?|comes?)\s+into\s+force)\b[^,;]{0,60},",
    re.I,
)
#: ... but not an ultimatum, whose clock runs from now: "If the fighters do not leave, the army will move in
#: within 48 hours".
_ULTIMATUM = re.compile(r"\b(?:not|never|no|fails?|refuses?)\b|n['’]t\b", re.I)


def _counted_from_untold_day(
    art: Document, i: int, d: DateMention, before: list[DateMention], after: list[DateMention]
) -> bool:
    """A stretch counted from a day the text does not give: that of a plan made in the past, told in
    the past perfect (_PLANNED_BEFORE, in the stretch's clause) or under a year gone by, the nearest
    date before it in its sentence ("In 2019, ... within a year"); or that of a condition fronted before
    its clause (_FRONTED_CONDITION). A day the sentence gives, not the day of a saying, may be what it
    counts from ("had agreed to leave within 60 days of the deal of Nov. 27"): _anchor reads it."""
    if any(o is not d and _day(art, o) is not None and not said_on(art, o) for o in (*before, *after)):
        return False
    s = art.sentences[i]
    cond = _FRONTED_CONDITION.match(art.text, s.start, d.start)
    if cond is not None and cond.end() <= d.start and not _ULTIMATUM.search(cond.group()):
        return True
    last = max((m.end() for m in _PLANNED_BEFORE.finditer(art.text, s.start, d.start)), default=None)
    if last is not None and not CLAUSE_BREAK.search(art.text, last, d.start):
        return True
    told = next((o for o in reversed(before) if not is_lapse(art, o) and o.span is not None), None)
    if told is None or art.published is None or told.kind == "since" or not told.span.end < art.published:  # type: ignore[union-attr]
        return False
    # (a month a start is told in is where a stretch runs from: _month_started; one naming a deal gone by, "Under
    # the November ceasefire, ... were to leave within 60 days", counts from the deal's day, which it leaves untold)
    # ... or a deal the clause tells made in a month gone by: "In November the two sides agreed to a truce giving
    # Israel 60 days to withdraw" (the deal's day untold, the stretch has none)
    return told.span.precision == "year" or (  # type: ignore[union-attr]
        told.span.precision == "month"  # type: ignore[union-attr]
        and (
            # ... or a saying in a month gone by: "In October the army said it would leave within 30 days"
            said_on(art, told)
            or _MONTH_DEAL.match(art.text, told.end) is not None
            or (_A_DEAL.search(art.text, told.end, d.start) is not None and not CLAUSE_BREAK.search(art.text, told.end, d.start))
        )
    )


#: A deal named right after its month: "the November ceasefire", "the March 2024 accord".
_MONTH_DEAL = re.compile(r"\s+(?:" + _DEALS + r")\b", re.I)


def _after_undated_deal_day(art: Document, before: list[DateMention]) -> bool:
    """The mention told right before a stretch in its sentence is a deal's day left undated."""
    return bool(before) and before[-1].span is None and _deal_day(art.text[before[-1].start : before[-1].end]) is not None


#: A verb that makes the date after it an end: "expires on", "ends at midnight on", "runs out on".
END_VERB = r"(?:expir(?:e|es|ed)|end(?:s|ed)?|lapses?|lapsed|runs?\s+out|ran\s+out)\s+(?:at\s+midnight\s+)?(?:on\s+)?"
#: Between a length and a date, the length's own end: "60-day deadline for the pullout expires on",
#: "a 60-day deadline to withdraw, which expires on", "60 days to leave, a period that ends on" (not
#: "within 30 days, and the truce ends on", nor "30 days to leave after the truce ends on").
_ENDS_AT = re.compile(
    r"(?:\s*\b(?:to|for|of)\s+[\w-]+(?:\s+[\w-]+){0,3}?)?(?:,?\s+(?:a\s+[\w-]+\s+)?(?:which|that)(?:\s+will|\s+is\s+set\s+to)?)?\s*\b"
    + END_VERB,
    re.I,
)


#: Between a stretch and a date set beside it by a comma, nothing but a deadline's preposition: "within
#: 60 days, by January 26" and "by January 26, within 60 days of the truce" tell one deadline twice.
_APPOSED = re.compile(r"\s*(?:,|\s[—–])\s*(?:by|before|until|no\s+later\s+than|or\s+by)?\s*", re.I)
WITHIN_AT = re.compile(r"within\s", re.I)
#: A stretch's deadline set off by a comma and told moved to a date: "within 60 days, a deadline later extended
#: to March 9" tells one deadline, since moved; the date is due, not the length counted from it or the report.
_MOVED_APPOSED = re.compile(
    r"\s*,\s*(?:a|the)\s+(?:deadline|target|date|timeline)\s+(?:(?:that\s+was|which\s+was|since|later|then|subsequently)\s+)?"
    r"(?:extended|postponed|pushed\s+back|moved|delayed)\s+(?:to|until)\s+",
    re.I,
)


def _restated(art: Document, d: DateMention, dates: list[DateMention]) -> bool:
    """Whether a stretch "within" a length is set beside a date that states its end (see _APPOSED):
    then that date is due, not also the length counted from the report or the date."""
    if not WITHIN_AT.match(art.text, d.start, d.end):
        return False
    for o in dates:
        if o is d or is_lapse(art, o) or o.span is None:
            continue
        if (o.start >= d.end and (_APPOSED.fullmatch(art.text, d.end, o.start) or _MOVED_APPOSED.fullmatch(art.text, d.end, o.start))) or (
            o.end <= d.start and _APPOSED.fullmatch(art.text, o.end, d.start)
        ):
            return True
    return False


def _end_told(art: Document, d: DateMention, after: list[DateMention]) -> bool:
    """Whether the date right after a length is told as the length's end ("60-day deadline, which expires
    on April 26"): then the length counts from nothing we know, and the date is due."""
    nxt = next((o for o in after if not is_lapse(art, o)), None)
    return nxt is not None and _ENDS_AT.fullmatch(art.text, d.end, nxt.start) is not None


#: A stretch told under a deal counts from the deal ("Under the accord, the army will leave within 120
#: days", "the deal gives the militia 60 days to leave", "within 90 days of the signing"), whose day the
#: story may tell sentences away; a deal named otherwise ("would leave within a year if the accord
#: holds") is no anchor.
_DEAL_NOUN = re.compile(
    r"\bunder\s+(?:the|its|this|that|a|an)\s+(?:[\w-]+\s+){0,3}?(?:" + _DEALS + r"|terms|plan)\b|\bunder\s+phase\b|\bunder\s+it(?=,)"
    r"|,\s+(?:under|by)\s+which\b"  # "a truce that took effect in November, under which ..."
    r"|\b(?:" + _DEALS + r")(?:,[^,;:]{1,40},|\s+(?:signed|reached|struck|sealed)\s[^,;:]{1,30}?)?\s+(?:also\s+)?(?:requires|required|gives|gave|calls\s+for|stipulates|provides\s+for|sets|obliges|says|states)\b",
    re.I,
)
#: A deal named, then a clause hung on it by "under which": the clause's stretch runs from that deal.
_UNDER_WHICH = re.compile(r"\b(?:" + _DEALS + r")\b[^;:.]{0,60}?,\s+(?:under|by)\s+which\b", re.I)
#: Right after a stretch, the deal it counts from: "within 90 days of the signing", "after the accord".
_OF_DEAL = re.compile(
    r"\s+(?:of|after|following)\s+(?:the\s+|its\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:signing|" + _DEALS + r")\b", re.I
)
#: How many sentences before (and after) a stretch the day of its deal is looked for.
_DEAL_REACH = 3
#: "Six months after that": the stretch counts from the day the sentence before told.
_AFTER_THAT = re.compile(r"\s+(?:that|this|then)\b", re.I)


def _deal_told(art: Document, i: int, d: DateMention) -> DateMention | None:
    """The date a deal the stretch's sentence names was made or took effect on, told in a sentence
    near it: the nearest sentence (before, then after) with a verb of a deal made ("signed", "agreed",
    "took effect") and a day or month not said on. "Six months after that" takes the sentence before's
    day. None when the stretch names no deal, or no sentence near it dates one."""
    if art.text[d.start : d.end].lower() == "tomorrow" or _amount(art.text[d.start : d.end]) is None:
        return None
    s = art.sentences[i]
    if COUNTS_FROM_NEXT.search(art.text, d.start, d.end) and _AFTER_THAT.match(art.text, d.end):
        if i == 0:
            return None
        prev = art.sentences[i - 1]
        days = [o for o in art.dates_in(prev.start, prev.end) if _day(art, o) is not None and not is_lapse(art, o)]
        return days[-1] if days else None
    nth = _deal_day(art.text[d.start : d.end]) is not None  # "day 22 of the truce": from the day it began too
    if not (_OF_DEAL.match(art.text, d.end) or nth or (_DEAL_NOUN.search(art.text, s.start, s.end) and not _counts_from_next(art, d))):
        return None
    begun = _DEAL_LEMMAS | _START_LEMMAS if nth else _DEAL_LEMMAS
    # its own sentence first, before the stretch ("the deal, signed in January, gives them 90 days"), then
    # the sentences near it
    order = [i] + [i - k for k in range(1, _DEAL_REACH + 1)] + [i + k for k in range(1, _DEAL_REACH)]
    for j in (j for j in order if 0 <= j < len(art.sentences)):
        # a deal's day may name its first day after it, in the same sentence: "on day 22 of the truce, which
        # took effect on January 19"
        o_start, o_end = (s.start, s.end if nth else d.start) if j == i else (art.sentences[j].start, art.sentences[j].end)
        lo, hi = art.token_index(o_start), art.token_index(o_end)
        made = [(t.start, t.end) for t, lem in zip(art.tokens[lo:hi], art.lemmas[lo:hi], strict=True) if lem in begun]
        made += [m.span() for m in _TAKES_EFFECT.finditer(art.text, o_start, o_end)]
        told = [
            x for x in art.dates_in(o_start, o_end)
            if x.span is not None and x.span.precision in ("day", "month", "year") and x.kind not in ("since", "lapse", "relative")
            and not is_lapse(art, x) and not _said_not_begun(art, x, made) and not art.in_dateline(x.start)
            and not _BOUND_BEFORE.search(art.text, max(o_start, x.start - 30), x.start)
            and any(_dates_deal(art.text, a, b, x) for a, b in made)
        ]  # fmt: skip
        if told:
            return told[-1]
    return None


#: A date that names a deadline: "the Aug. 31 deadline", "the June 30 withdrawal deadline".
_DEADLINE_NAMED = re.compile(
    r"(?:\s+(?:(?-i:[A-Z][a-z]+)|withdrawal|pull-?out|troop|exit|handover|evacuation|departure|drawdown)){0,2}\s+deadline\b",
    re.I,
)
#: A date a deadline word introduces ("agreed to leave by June 2009") is not the day of the deal.
_BOUND_BEFORE = re.compile(r"\b(?:by|until|till|before|through|within|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?$", re.I)
#: A clause of its own, with its own plan, joined after a stretch: ", and the army will", "while its
#: troops are to".
_NEXT_PLAN = re.compile(
    r"(?:,\s*|\s)(?:and|but|while|whereas)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:will|would|shall|must|(?:is|are)\s+(?:due\s+|set\s+|expected\s+|scheduled\s+)?to|plans?\s+to)\b",
    re.I,
)
_DEAL_GAP = re.compile(r"[,;:()]|\s[—–]\s")


def _said_not_begun(art: Document, x: DateMention, made: list[tuple[int, int]]) -> bool:
    """Whether ``x`` is the day of a saying, not of the deal's start: a saying after a day that a start verb
    dates right before it ("took effect on January 19, officials said") leaves the day the start's."""
    if not said_on(art, x):
        return False
    if speech.SAYING_WORD.search(art.text, max(0, x.start - 12), x.start):
        return True
    return not any(0 <= x.start - b <= 40 and not _DEAL_GAP.search(art.text, b, x.start) for _, b in made)


def _dates_deal(text: str, a: int, b: int, x: DateMention) -> bool:
    """Whether ``x`` dates the deal verb at ``a:b``: just after it ("signed on March 3", "took effect
    in April") or fronted before it ("On March 3, the sides signed"), with no clause between."""
    if 0 <= x.start - b <= 40:
        return not _DEAL_GAP.search(text, b, x.start)
    return 0 <= a - x.end <= 60 and text[x.end : x.end + 2].startswith(",") and not _DEAL_GAP.search(text, x.end + 1, a)


def _from_deal(art: Document, d: DateMention, deal: DateMention) -> DateSpan | None:
    """A stretch counted from a deal's day; from a deal told only by its month, a stretch of months or
    years is due in a month ("the accord signed in March ... within six months": September), one of
    days or weeks falls on no day the text fixes (GUIDE.md: left out)."""
    amount = _amount(art.text[d.start : d.end])
    assert amount is not None and deal.span is not None
    if deal.span.precision == "day":
        return due_after(deal.span.start, *amount)
    if deal.span.precision == "year" or amount[1] not in ("month", "year"):
        # "the agreement, signed in 2019, gave them 14 months": no day or month of the text fixes its end
        return None
    due = due_after(deal.span.start, *amount).start
    return month_span(due.year, due.month)


#: A start told right after a stretch: "over 18 months, | starting in | September".
_STARTING_NEXT = re.compile(r"\s*,?\s*(?:starting|beginning|commencing|as\s+of|as\s+from|from)\s+(?:in\s+)?$", re.I)


def _month_starting_after(art: Document, d: DateMention, after: list[DateMention]) -> date | None:
    """The month a stretch of months or years is told to start in right after it ("gradually over 18 months,
    starting in September"): the stretch runs from that month, not the report."""
    amount = _amount(art.text[d.start : d.end])
    if amount is None or amount[1] not in ("month", "year") or not after:
        return None
    o = after[0]
    if o.span is None or o.span.precision != "month" or is_lapse(art, o) or not _STARTING_NEXT.fullmatch(art.text, d.end, o.start):
        return None
    return o.span.start


def _day(art: Document, d: DateMention) -> date | None:
    if d.span is None or d.span.precision != "day" or d.kind == "since" or art.in_dateline(d.start):
        return None
    return d.span.start


def _anchor(
    art: Document,
    i: int,
    d: DateMention,
    before: list[DateMention],
    after: list[DateMention],
    resolve: Callable[[DateMention], DateMention] | None = None,
) -> date | None:
    # The nearest day told before it in the sentence (a stretch before it counts by its end), else
    # the first after it ("has 60 days to withdraw under the deal that took effect on Nov. 27"); a
    # stretch "after" an event counts from the event's day, told after it ("90 days after the accord
    # is signed on May 20").
    if _counts_from_next(art, d):
        # Only from the date that follows: "by 12 months from July 16 to July 15" counts from no one day.
        nxt = next((o for o in after if not is_lapse(art, o)), None)
        if nxt is not None:
            return _day(art, nxt)
    # "within 30 days of the signing (on May 2)": counted from the event named after it, on its day told
    # in the same clause, else as below but never from the day something was said ("the minister said
    # on Tuesday", "..., the mediators said on Thursday"): the saying is not the event.
    of_event = OF_EVENT.match(art.text, d.end) is not None
    if of_event:
        nxt = next((o for o in after if not is_lapse(art, o)), None)
        if nxt is not None and not CLAUSE_BREAK.search(art.text, d.end, nxt.start) and not said_on(art, nxt):
            return _day(art, nxt)
    for o in reversed(before):
        if (day := _day(art, o)) is not None and not (of_event and said_on(art, o)):
            return day
    if (month := _month_started(art, i, d, before) or _month_starting_after(art, d, after)) is not None:
        return month
    for o in after:
        if (
            not is_lapse(art, o)
            and (day := _day(art, o)) is not None
            and not (of_event and said_on(art, o))
            # "to rule within two days on moving the Aug. 31 deadline": a deadline is no start
            and not _DEADLINE_NAMED.match(art.text, o.end)
            and not _BOUND_BEFORE.search(art.text, max(0, o.start - 30), o.start)
            # "will leave within 30 days, and the army will hand over the base on May 20": a day of
            # another step, told in a clause of its own, is no start of this stretch
            and not _NEXT_PLAN.search(art.text, d.end, o.start)
        ):
            return day
    if i == 0 or art.text[d.start : d.end].lower() == "tomorrow":
        return None  # "tomorrow" counts from the report without a day in its sentence
    prev = art.sentences[i - 1]
    days = [o for o in art.dates_in(prev.start, prev.end) if _day(art, o) is not None and not is_lapse(art, o)]
    if not days:
        return None
    o = days[-1]
    if _NAMES_START.match(art.text, d.end):
        # "within 48 hours of the start of the truce", told after "will enter into force on 5 May and will
        # continue until 20 May": the start is the earliest day told, not the last
        o = min(days, key=lambda x: _day(art, x))  # type: ignore[arg-type, return-value]
    o = o if resolve is None else resolve(o)
    lo, hi = art.token_index(prev.start), art.token_index(prev.end)
    starts = (
        _STARTS_AT.search(art.text, max(prev.start, o.start - 50), o.start)
        or any(lem in _START_LEMMAS or lem in _DEAL_LEMMAS for lem in art.lemmas[lo:hi])
        or _TAKES_EFFECT.search(art.text, prev.start, prev.end)
    )
    return _day(art, o) if starts else None


#: The start of an event named after a stretch: "(48 hours) after the start of the truce", "of the
#: beginning of the pause", "of the truce taking effect".
_NAMES_START = re.compile(
    r"(?:\s+(?:of|after|following|from))?\s+(?:the\s+)?(?:start|beginning|onset|entry\s+into\s+force)\b"
    r"|(?:\s+(?:of|after|following|from))?\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:taking|coming|entering)\s+(?:effect|into\s+(?:force|effect))\b",
    re.I,
)
#: How near a verb of saying stands to a day it dates: "said on Tuesday", "On Tuesday, the minister said".
_SAID_NEAR = 30


def said_on(art: Document, o: DateMention) -> bool:
    """Whether the day ``o`` is the day something was said: a verb of saying just before or after it,
    where one after it that has a day of its own ("left on Thursday, officials said on Monday") dates
    its saying by that day, not by ``o``."""
    if speech.SAYING_WORD.search(art.text, max(0, o.start - 12), o.start):
        return True
    after = speech.SAYING_WORD.search(art.text, o.end, o.end + _SAID_NEAR)
    return after is not None and not any(d.start <= after.end() + 2 for d in art.dates_in(after.end(), after.end() + _SAID_NEAR))


def _month_started(art: Document, i: int, d: DateMention, before: list[DateMention]) -> date | None:
    """The month a start is told in before a stretch of months or years, in one sentence ("begins in
    October 2025 and is to be done within 18 months"): the stretch runs from that month, not the
    report. Days and weeks need a day to count from, which a month does not give."""
    amount = _amount(art.text[d.start : d.end])
    if amount is None or amount[1] not in ("month", "year"):
        return None
    months = [
        (o, o.span)
        for o in before
        if o.span is not None and o.span.precision == "month" and o.kind != "since" and not is_lapse(art, o)
    ]
    if not months:
        return None
    o, month = months[-1]
    s = art.sentences[i]
    lo, hi = art.token_index(s.start), art.token_index(d.start)
    starts = _STARTS_AT.search(art.text, max(s.start, o.start - 50), o.start) or any(
        lem in _START_LEMMAS for lem in art.lemmas[lo:hi]
    )
    return month.start if starts else None
