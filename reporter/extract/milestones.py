"""Milestones: what is to happen by when (withdrawals, handovers, mission ends, deadlines).

A milestone is a clause with a change-of-presence word ("withdraw", "vacate", "end its
mission", "hand over", "be signed") followed by a due date ("by September 2025", "later this
year"), in a sentence that speaks of the future or of a plan. The due date keeps the text's
precision; "what" is the clause as written, so it can always be found in the article.
"""

from __future__ import annotations

import re
from datetime import timedelta

from reporter.extract.dates import DateMention
from reporter.extract.document import Document
from reporter.extract.numbers import NUMBER, parse_number
from reporter.extract.text import words
from reporter.models import Milestone

_KEYWORD = re.compile(
    r"\b(?:withdraw(?:al|als|n|ing|s)?|exit(?:ing|s)?|leav(?:e|es|ing)|depart(?:ure|ing|s)?|pull(?:ing|s)?\s+out|pullout|"
    r"draw(?:ing|s)?\s*down|drawdown|hand(?:ing|s)?\s+over|handover|transfer(?:ring|s)?|end(?:s|ing)?|conclud(?:e|es|ing)|"
    r"wind(?:ing|s)?\s+down|vacat(?:e|es|ing)|clos(?:e|es|ing|ure)|redeploy(?:ment|ing)?|transition(?:ing)?|"
    r"complet(?:e|es|ing|ion)|sign(?:ed|ing)?|reach(?:es|ing)?|readiness|operational|deploy(?:s|ing|ment)?|arriv(?:e|es|al|ing)|mov(?:e|es|ing)|station(?:ed|ing)?|mandate|remain(?:s|ing)?|in\s+place|take\s+effect|takes\s+effect|come\s+into\s+force|arrangement|stay(?:s|ing)?|extend(?:ed|s|ing)?|take\s+over|taking\s+over|stand\s+up|establish(?:ed|ing|ment)?|expir(?:e|es|ing|y)|deadline|relocat(?:e|es|ing|ion)|finish(?:es|ing)?|(?:doubl|tripl)(?:e|es|ing)|presence|phases?|continu(?:e|es|ing)|in\s+effect|run(?:s|ning)?|last(?:s|ing)?|expir(?:ed|ation))\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|to\s+be|is\s+to|are\s+to|set\s+to|scheduled|expected|due|plans?|planned|agreed|deadline|"
    r"aims?|intends?|timeline|timetable|roadmap|agreement)\b",
    re.I,
)
#: Words of _FUTURE, for a cheap first look ("is to", "set to" are caught by "to").
_FUTURE_WORDS = words(
    """will would shall scheduled expected due plan plans planned agreed deadline aim aims intend intends
    timeline timetable roadmap agreement"""
)
_DUE_PREP = re.compile(
    r"\b(?:by|before|until|till|in|on|no\s+later\s+than|at|through|ahead\s+of|during|within|in\s+the\s+course\s+of|"
    r"(?:extended|postponed|pushed\s+back|moved|delayed)\s+(?:until|to))\s+(?:at\s+(?:least|the\s+latest)\s+)?$",
    re.I,
)
#: A milestone is about forces, missions or agreements between states, not shops or power grids.
_SECURITY = re.compile(
    r"\b(?:troops|forces|soldiers|military|mission|coalition|bases?|brigade|battalions?|battlegroup|peacekeep\w*|"
    r"UNIFIL|NATO|army|navy|blue\s+helmets|deploy\w*|contingent|ceasefire|truce|mandate|garrison|personnel|defen[cs]e|security|"
    r"withdraw\w*|pullout|drawdown|occupation|detachment|contingent|squadron|units?|warships?|fleet|task\s+force)\b",
    re.I,
)
#: A step reported as done: a base handed over, a withdrawal completed or begun, a truce in effect.
_DONE = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:handed\s+over|transferred\s+(?:control|the\s+base)|completed\s+(?:its|the|their|a)\s+"
    r"(?:withdrawal|pullout|pull-out|redeployment)|withdrew|(?:has|have|had)\s+withdrawn|pulled\s+(?:out|back)|"
    r"began\s+(?:to\s+(?:withdraw|leave|pull)|withdrawing|leaving|pulling)|(?:took|came\s+into)\s+effect|repositioned|"
    r"vacated|left\s+the\s+base)\b",
    re.I,
)
#: A done step in a hypothetical, a denial or a question is no report of one.
_NOT_DONE = re.compile(r"\b(?:if|unless|not|never|denied|deny|would|could|might|whether|before)\b", re.I)
_LEADING_LINK = re.compile(r"^(?:and|but|while|with|as|whereas)\s+", re.I)
_SPAN_FROM = re.compile(rf"(?P<n>{NUMBER}|a|an|one)\s+(?P<u>days?|weeks?|months?|years?)", re.I)
_STEP_WORDS = frozenset(
    ("withdraw", "withdrawal", "leave", "exit", "handover", "vacate", "pullout", "deadline")
)
_TO_STEP = re.compile(
    r"\s*to\s+(?:complete\s+(?:the|its|their)\s+)?(?:withdraw\w*|leave|exit|vacate|hand\s+over|pull\s+out|end\s+\w+)"
    r"(?:\s+(?:from|of)\s+[^,;.]{1,40})?",
    re.I,
)
_CLAUSE_GAP = re.compile(r"[,;:]\s")
_BOUNDARY = re.compile(r"[,;:]\s+|\s+(?:and|while|with|as)\s+|\s[—–]\s", re.I)


#: Words that only an article about forces and missions uses often ("security" and "units" are not).
_STRONG_SECURITY = re.compile(
    r"\b(?:troops|soldiers|military|coalition|ceasefire|truce|peacekeep\w*|army|brigades?|UNIFIL|NATO|militias?|"
    r"air\s?base|garrisons?)\b",
    re.I,
)
#: In a sentence that names no force, only these make it a step of a mission or deal.
_STEP_ONLY = re.compile(
    r"\b(?:phases?|stages?|withdraw\w*|pull\w*\s+out|extend\w*|expir\w+|deadline|run(?:s|ning)?\s+(?:through|until)|"
    r"continu\w+\s+until|last\w*\s+until|hand\w*\s+over)\b",
    re.I,
)


def _about_security(art: Document) -> bool:
    """An article about forces and missions: several strong security words, not one in passing."""
    return len(_STRONG_SECURITY.findall(art.text, 0, min(len(art.text), 6000))) >= 3


def find_milestones(art: Document) -> list[Milestone]:
    out: list[Milestone] = []
    seen: set[tuple[str, str]] = set()
    # A sentence of a security article speaks of forces even when it names none ("The second phase
    # will extend until September 2026" follows the sentence that named the coalition).
    security_article = _about_security(art)
    toks = art.tokens
    cues = [
        t.start
        for i, t in enumerate(toks)
        if t.norm in _FUTURE_WORDS
        or (t.norm in ("is", "are", "set", "was", "were") and i + 1 < len(toks) and toks[i + 1].norm == "to")
        or (t.norm == "to" and i + 1 < len(toks) and toks[i + 1].norm == "be")
    ]
    with_cues = art.sentences_with(cues)
    for i, s in enumerate(art.sentences):
        dates = art.dates_in(s.start, s.end)
        cue = i in with_cues
        # A date still ahead of publication speaks of the future by itself ("the mandate runs until ...").
        ahead = art.published is not None and any(d.span and d.span.start > art.published for d in dates)
        secure = _SECURITY.search(art.text, s.start, s.end) is not None
        if not secure and not (
            security_article
            and i > 0
            and _STEP_ONLY.search(art.text, s.start, s.end)
            and any(_SECURITY.search(art.sentences[j].text) for j in range(max(0, i - 2), i))
        ):
            continue
        done = _done_step(art, s, dates) if secure else None
        if done is not None and (done.due, done.what.lower()) not in seen:
            seen.add((done.due, done.what.lower()))
            out.append(done)
        if not (cue or ahead):
            continue
        spans = [(d.start, d.end) for d in dates]
        for d in dates:
            if d.span is None or d.kind == "since":
                continue
            mention = art.text[d.start : d.end].lower()
            prep = mention.startswith(("on ", "by ", "in ", "until "))
            if (
                d.kind != "relative"
                and not prep
                and not _DUE_PREP.search(art.text, max(s.start, d.start - 20), d.start)
            ):
                continue
            if art.published and d.span.end < art.published and d.kind != "relative":
                continue  # a date already past is history, not a milestone
            what = _what(art, s.start, d.start, spans) or _what_after(art, s.start, d.start, d.end, s.end)
            if what is None:
                continue
            due = _anchored_due(art, d, dates) or d.span.due()
            key = (due, what.lower())
            if key not in seen:
                seen.add(key)
                out.append(Milestone(what=what, due=due, evidence=s.text))
    return _keep_precise(out)


def _done_step(art: Document, s, dates: list[DateMention]) -> Milestone | None:
    """A step reported as done, dated by the day the sentence gives or else by the report itself."""
    if art.published is None:
        return None
    m = _DONE.search(art.text, s.start, s.end)
    if m is None or _NOT_DONE.search(art.text, s.start, m.start()):
        return None
    day = None
    for d in dates:
        if d.span and d.span.precision == "day" and d.span.start <= art.published:
            day = d.span.start
    if day is None and any(d.span and d.span.precision != "day" for d in dates):
        return None  # "withdrew in 2011": background, not this report's news
    day = day or art.published
    if (art.published - day).days > 45:
        return None
    start = s.start
    for b in _BOUNDARY.finditer(art.text, s.start, m.start()):
        start = b.end()
    end = min(s.end, m.end() + 80)
    stop = _CLAUSE_GAP.search(art.text, m.end(), end)
    what = _LEADING_LINK.sub("", art.text[start : stop.start() if stop else end].strip(" ,;:."))
    if len(what) < 4:
        return None
    return Milestone(what=what, due=day.isoformat(), evidence=s.text)


def _anchored_due(art: Document, d: DateMention, dates: list[DateMention]) -> str | None:
    """ "60 days to withdraw" after a deal "took effect on Nov. 27": counted from that day, not publication."""
    m = _SPAN_FROM.search(art.text, d.start, d.end)
    anchor = next((o.span for o in dates if o is not d and o.span and o.span.precision == "day"), None)
    if m is None or anchor is None:
        return None
    n = parse_number(m.group("n")) or 1
    unit = m.group("u").lower().rstrip("s")
    if unit == "day":
        due = anchor.start + timedelta(days=n)
    elif unit == "week":
        due = anchor.start + timedelta(weeks=n)
    else:
        y, mo = divmod(
            anchor.start.year * 12 + anchor.start.month - 1 + (n if unit == "month" else 12 * n), 12
        )
        return f"{y:04d}-{mo + 1:02d}"
    return (
        f"{due.year:04d}-{due.month:02d}-{due.day:02d}"
        if unit == "day"
        else f"{due.year:04d}-{due.month:02d}"
    )


def _keep_precise(found: list[Milestone]) -> list[Milestone]:
    """Of two statements of one deadline ("by Jan. 26", "60 days to withdraw" from Nov. 27), keep the exact one."""
    out = []
    for m in found:
        finer = [
            o
            for o in found
            if o is not m
            and o.due != m.due
            and o.due.startswith(m.due)
            and _STEP_WORDS & set(o.evidence.lower().split()) & set(m.evidence.lower().split())
        ]
        if not finer:
            out.append(m)
    return out


def _what_after(art: Document, s_start: int, d_start: int, d_end: int, s_end: int) -> str | None:
    """ "Israel has 60 days to withdraw from southern Lebanon": the step follows its deadline."""
    after = _TO_STEP.match(art.text, d_end, s_end)
    if after is None:
        return None
    start = s_start
    for b in _BOUNDARY.finditer(art.text, s_start, d_start):
        start = b.end()
    what = _LEADING_LINK.sub("", art.text[start : after.end()].strip(" ,;:"))
    return what if len(what) >= 4 else None


def _what(art: Document, s_start: int, d_start: int, spans: list[tuple[int, int]]) -> str | None:
    lo = max(s_start, d_start - 160)
    keyword = None
    for k in _KEYWORD.finditer(art.text, lo, d_start):
        if not any(a <= k.start() < b for a, b in spans):
            keyword = k
    if keyword is None:
        return None
    gaps = list(_CLAUSE_GAP.finditer(art.text, keyword.end(), d_start))
    if gaps and (";" in gaps[-1].group() or len(art.text[gaps[-1].end() : d_start].split()) > 2):
        return None  # "... expires on X, and the council will decide in June": June is not the expiry
    start = s_start
    for b in _BOUNDARY.finditer(art.text, s_start, keyword.start()):
        start = b.end()
    prep = _DUE_PREP.search(art.text, max(s_start, d_start - 20), d_start)
    end = prep.start() if prep else d_start
    what = _LEADING_LINK.sub("", art.text[start:end].strip(" ,;:"))
    return what if len(what) >= 4 else None
