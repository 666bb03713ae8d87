"""Milestones: what is to happen by when (withdrawals, handovers, mission ends, deadlines).

A milestone is a clause with a change-of-presence word ("withdraw", "vacate", "end its
mission", "hand over", "be signed") followed by a due date ("by September 2025", "later this
year"), in a sentence that speaks of the future or of a plan. The due date keeps the text's
precision; "what" is the clause as written, so it can always be found in the article.
"""

from __future__ import annotations

import re

from reporter.extract.article import Article
from reporter.extract.text import words
from reporter.models import Milestone

_KEYWORD = re.compile(
    r"\b(?:withdraw(?:al|als|n|ing|s)?|exit(?:ing|s)?|leav(?:e|es|ing)|depart(?:ure|ing|s)?|pull(?:ing|s)?\s+out|pullout|"
    r"draw(?:ing|s)?\s*down|drawdown|hand(?:ing|s)?\s+over|handover|transfer(?:ring|s)?|end(?:s|ing)?|conclud(?:e|es|ing)|"
    r"wind(?:ing|s)?\s+down|vacat(?:e|es|ing)|clos(?:e|es|ing|ure)|redeploy(?:ment|ing)?|transition(?:ing)?|"
    r"complet(?:e|es|ing|ion)|sign(?:ed|ing)?|reach(?:es|ing)?|readiness|operational|deploy(?:s|ing|ment)?|arriv(?:e|es|al|ing)|mov(?:e|es|ing)|station(?:ed|ing)?|mandate|remain(?:s|ing)?|in\s+place|take\s+effect|takes\s+effect|come\s+into\s+force|arrangement|stay(?:s|ing)?|extend(?:ed|s|ing)?|take\s+over|taking\s+over|stand\s+up|establish(?:ed|ing|ment)?|expir(?:e|es|ing|y)|deadline|relocat(?:e|es|ing|ion)|finish(?:es|ing)?)\b",
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
_DUE_PREP = re.compile(r"\b(?:by|before|until|till|in|on|no\s+later\s+than|at|through|ahead\s+of)\s+$", re.I)
#: A milestone is about forces, missions or agreements between states, not shops or power grids.
_SECURITY = re.compile(
    r"\b(?:troops|forces|soldiers|military|mission|coalition|bases?|brigade|battalions?|battlegroup|peacekeep\w*|"
    r"UNIFIL|NATO|army|navy|deploy\w*|contingent|ceasefire|truce|mandate|garrison|personnel|defen[cs]e|security|"
    r"withdrawal|pullout|drawdown|occupation)\b",
    re.I,
)
_LEADING_LINK = re.compile(r"^(?:and|but|while|with|as|whereas)\s+", re.I)
_CLAUSE_GAP = re.compile(r"[,;:]\s")
_BOUNDARY = re.compile(r"[,;:]\s+|\s+(?:and|while|with|as)\s+|\s[—–]\s", re.I)


def find_milestones(art: Article) -> list[Milestone]:
    out: list[Milestone] = []
    seen: set[tuple[str, str]] = set()
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
        if not (cue or ahead) or not _SECURITY.search(art.text, s.start, s.end):
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
            what = _what(art, s.start, d.start, spans)
            if what is None:
                continue
            due = d.span.due()
            key = (due, what.lower())
            if key not in seen:
                seen.add(key)
                out.append(Milestone(what=what, due=due, evidence=s.text))
    return out


def _what(art: Article, s_start: int, d_start: int, spans: list[tuple[int, int]]) -> str | None:
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
