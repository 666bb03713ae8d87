"""Steps told still pending against a deadline gone by that the story dates only by how long ago it
passed: "the brigade has yet to leave the valley, a month after the deadline", "troops remain in the
hills two days after the deadline expired". The deadline is the report's day (or the day the sentence
was said) less that distance, and the step is pending at it: what the brief needs to call a
commitment overdue rather than merely passed.

A deadline told with its own date ("weeks after the September deadline") is the dated-clause
reader's (``milestones.find_milestones``); this module reads only the sentences that give none.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reporter.extract.dates import months_after
from reporter.extract.document import Document
from reporter.extract.lapses import said_on
from reporter.extract.numbers import NUMBER, parse_number
from reporter.extract.troop_nouns import TROOPS
from reporter.models import Milestone

#: The distance from a deadline gone by: "a month after the deadline", "two days past the withdrawal
#: deadline", "a week after the deadline passed". Only a counted distance dates it ("weeks after" does not).
_SINCE_DEADLINE = re.compile(
    rf"(?P<n>{NUMBER}|a|an|one)\s+(?:full\s+)?(?P<u>day|week|month|year)s?\s+(?:after|past|beyond)\s+"
    r"(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?deadline\b"
    r"(?:\s+(?:had\s+|has\s+)?(?:passed|expired|lapsed|ran\s+out|ended))?",
    re.I,
)
#: The step still not taken, told in the present: "has yet to leave", "have not withdrawn", "remain in",
#: "are still at" (ground held, not a state: "remain on alert"). A past tense ("did not leave") is history,
#: not a report of a pending step, but for "remained"/"stayed" told on a recent day of their own (_held_on).
_PENDING = re.compile(
    r"\b(?:(?:ha(?:s|ve)\s+(?:still\s+)?(?:yet\s+to\s+|not\s+(?:yet\s+)?(?:\w+ly\s+)?)"
    # "still hasn't left", "with the brigade yet to leave" (not "had yet to": history)
    r"|(?:still\s+)?ha(?:s|ve)n['’]t\s+(?:yet\s+)?|(?<!\bhad\s)(?<!\bwas\s)(?<!\bwere\s)(?:still\s+)?yet\s+to\s+)"
    r"(?:leave|left|withdraw|withdrawn|pull(?:ed)?\s+out|vacate|vacated|hand(?:ed)?\s+over|quit|exit|exited|depart|departed)"
    r"|(?:(?:remain|remains|remained|stay|stays|stayed)|(?:is|are)\s+still)\s+(?:in|at|on|inside|deployed|stationed|posted)\b"
    # a state, not ground held: "remain on alert", "are still in talks", "remains in force"
    r"(?!\s+(?:(?:high|full|maximum)\s+)?(?:alert|standby|guard|talks|negotiations|contact|touch|power|office|session|effect|force)\b))\b",
    re.I,
)
#: Who the step is about: a force, not people, goods or talks ("talks remain stalled a week after the deadline").
_FORCE = re.compile(
    rf"\b(?:{TROOPS}|forces?|army|military|coalition|alliance|mission|contingents?|brigades?|battalions?|units?|"
    r"fighters|militants|militias?|rebels|guards|peacekeepers|garrisons?)\b",
    re.I,
)
#: The step's clause after a distance that opens the sentence, up to its next clause.
_FRONTED = re.compile(r",\s+(?P<clause>[^,;:]+)")
#: A lead-in before the step's subject: a speaker's "said that", or the "with" of an absolute clause.
_OPENS = re.compile(r"^.*?\b(?:said|says|told|announced|stated)\b[^,;]{0,40}?\bthat\s+|^(?:with|and|but|as|while)\s+", re.I)


def pending_past_deadline(art: Document) -> list[Milestone]:
    """Pending steps set against a deadline told gone by a counted distance, due at that deadline."""
    if art.published is None or "deadline" not in art.text:
        return []
    out: list[Milestone] = []
    for since in _SINCE_DEADLINE.finditer(art.text):
        s = art.sentences[art.sentence_index(since.start())]
        # the clause opens after a dateline that opens the sentence ("CITY, Oct 12 (Wire) - ")
        start = max((b for a, b in art.datelines if s.start <= a and b <= since.start()), default=s.start)
        clause, end = art.text[start : since.start()], since.end()
        if not clause.strip() and (fronted := _FRONTED.match(art.text, since.end(), s.end)) is not None:
            # the distance opens the sentence: "Two months after the deadline, the brigade has not left"
            clause, end = fronted.group("clause"), fronted.end("clause")
        # the last pending verb before the distance is the step the distance is told of
        pending = next(reversed(list(_PENDING.finditer(clause))), None)
        if pending is None or not _FORCE.search(clause, 0, pending.start()):
            continue
        held = _held_on(art, start, since.start()) if _HELD_PAST.match(pending.group()) else None
        if held is None and (_HELD_PAST.match(pending.group()) or _own_date(art, start, end)):
            # a date in the step's clause is read with it by the dated-clause reader; a past tense with no
            # recent day of its own is history ("stayed in the town a week after the deadline", years ago)
            continue
        due = _deadline(since, held or _said_day(art, s.start, s.end) or art.published)
        if due is None:
            continue
        what = _OPENS.sub("", clause).strip(" ,;:.—–-\"“”")
        if len(what.split()) >= 3:
            out.append(Milestone(what=what, due=due, evidence=s.text))
    return out


#: A step held in the past tense: only a report with a recent day of its own tells it still pending.
_HELD_PAST = re.compile(r"(?:remained|stayed)\b", re.I)
#: How many days before the report a past "remained ... on <day>" still tells of the report's days.
_RECENT_DAYS = 3


def _held_on(art: Document, a: int, b: int) -> date | None:
    """The recent day a step told held in the past was reported held on ("troops remained in the villages on
    Monday, a day after the deadline"), within a few days before the report; None otherwise."""
    for d in art.dates_in(a, b):
        span = d.span
        if span is not None and span.precision == "day" and not said_on(art, d) and 0 <= (art.published - span.start).days <= _RECENT_DAYS:  # type: ignore[operator]
            return span.start
    return None


def _own_date(art: Document, a: int, b: int) -> bool:
    return any(not art.in_dateline(d.start) and not said_on(art, d) for d in art.dates_in(a, b))


def _said_day(art: Document, a: int, b: int) -> date | None:
    """The day the sentence was said, when it names one ("officials said on Sunday"): the distance counts from it."""
    for d in art.dates_in(a, b):
        if d.span is not None and d.span.precision == "day" and said_on(art, d) and d.span.start <= art.published:  # type: ignore[operator]
            return d.span.start
    return None


def _deadline(since: re.Match[str], told: date) -> str | None:
    """The deadline ``since`` puts before the day ``told``, as precise as its unit allows."""
    n = since.group("n").lower()
    count = 1 if n in ("a", "an", "one") else parse_number(n)
    if count is None or count < 1:
        return None
    unit = since.group("u").lower()
    if unit in ("day", "week"):
        return (told - timedelta(days=count * (7 if unit == "week" else 1))).isoformat()
    if unit == "month":
        return months_after(told, -count).strftime("%Y-%m")
    return str(told.year - count)
