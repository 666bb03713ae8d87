"""One article parsed once into an immutable document: sentences, tokens, names, dates and event words.

Every later stage (triggers -> arguments -> linking -> incidents, posture, milestones) reads spans
of the same frozen document, so the expensive passes (tokens, lexicon lookup, date patterns) run
once per article, and no stage can pass hidden state to another through it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import accumulate, compress
from operator import attrgetter, itemgetter
from types import MappingProxyType
from typing import TypeVar

from reporter.extract import speech
from reporter.extract.acronyms import defined
from reporter.extract.dates import (
    DAY,
    MONTH,
    WEEKDAY,
    YEAR,
    DateMention,
    DateSpan,
    date_starts,
    find_dates,
    framed_years,
    month_thirds,
    post_relative,
    story_shifted,
    told_years,
    weekday_beside,
)
from reporter.extract.events import (
    FUTURE_MODAL,
    FUTURE_REACH,
    QUOTE_THREAT,
    QUOTED_THEN_SAID,
    REPORTED_THEN_SAID,
    SAID_WOULD,
    Trigger,
    find_triggers,
)
from reporter.extract.lemmas import lemma_form
from reporter.extract.lexicon import Lexicon, Mention
from reporter.extract.prefilter import lower_of
from reporter.extract.published import page_stamps, reference_day
from reporter.extract.records import slot_init
from reporter.extract.text import STAMP_LINE, Sentence, Token, first_chars, sentences, tokens, words
from reporter.wordlists import RIVER_SIDES, longest_first

#: A word of a dateline's town, in capitals: "ERBIL", "AL-QAIM", "N’DJAMENA".
DATELINE_WORD = r"[A-Z][A-Z'’.-]+"
#: A dateline's town written in lower case, of up to three words: "Srinagar", "Kyiv", "Gaza City".
TITLED_TOWN = r"[A-Z][a-z'’.-]+(?:\s[A-Z][a-z'’.-]+){0,2}"
# "BAGHDAD (AP) —", "ERBIL, Iraq, March 12 (Reuters) -", "WASHINGTON —", "GOMA / NAIROBI, 3 May —": where the reporter
# filed from, not where anything happened. (Three other patterns read datelines for other jobs:
# published._DATED_DATELINE, the page's day in one; places._DATELINE_TOWN, the town and country of one
# found here; brief.textfmt._PAGE_HEAD, what a quoted sentence drops before its first word.)
_DATELINE = re.compile(
    rf"^(?P<place>{DATELINE_WORD}(?:(?:\s|\s*/\s*){DATELINE_WORD})*)(?:,\s*[A-Z0-9][\w'’/ .-]*?)*\s*"
    r"(?:\((?P<outlet>[A-Za-z][\w .&-]{1,30})\)\s*)?[-—–]+\s+",
)
#: "Srinagar, May 11 —", "Kyiv, Ukraine, June 3, 2025 (Reuters) -": a town written in lower case opens a
#: dateline only with the day right after it (else "Israel, the US said, ..." would be one). A day and a
#: wire's name in brackets close one without a dash too ("Kirkuk, Oct 7 (Wire) Gunmen ...", in capitals
#: or not), and so do a colon and the end of its line: nothing but a dateline puts a town and a day in a
#: row before the first word.
_TITLED_DATELINE = re.compile(
    rf"^(?!{WEEKDAY}|{MONTH})(?P<place>{TITLED_TOWN}|{DATELINE_WORD}(?:\s{DATELINE_WORD}){{0,2}})"
    rf"(?:,\s*[A-Z][\w'’ .-]*?)?,\s*"
    rf"(?:{MONTH}\s+{DAY}|{DAY}\s+{MONTH})(?:,?\s*{YEAR})?\s*"
    r"(?:(?:\((?P<outlet>[A-Za-z][\w .&-]{1,30})\)\s*)?[-—–]+\s+|\((?P<wire>[A-Za-z][\w .&-]{1,30})\)\s+(?=[A-Z\"“])"
    # "New Delhi, October 25, 2024: India and ...", a line that holds the dateline alone
    r"|:\s+(?=[A-Z\"“])|\s*$)",
)
#: The word an outlet's name ends with after a place ("Kyiv Independent", "Gulf Times", "Iraqi News
#: Agency"), capitalised as names are.
_OUTLET_AFTER = re.compile(
    r"[ \t]+(?:Post|Times|Independent|Herald|Tribune|Journal|Daily|News|Gazette|Observer|Observatory|Chronicle"
    r"|Telegraph|Express|Monitor|Mirror|Standard|Courier|Today|Insider|Press|Review|Dispatch|Radio|TV|Television)\b"
)
#: A name that ends with a river's side ("West Bank", "Left Bank") told with "of" after it.
_SIDE_OF = re.compile(r"\s+of\b", re.I)
_SIDE_WORD = re.compile(rf"\b(?:{'|'.join(longest_first(RIVER_SIDES))})$", re.I)


#: What follows a date that opens an entry of a timeline: a dash or a colon, then the entry's first word.
_ENTRY_AFTER = re.compile(r"\s*(?:[-—–]+|:)\s+[A-Z\"“]")


def _entry_day(text: str, a: int, b: int, published: date, dates: Sequence[DateMention]) -> bool:
    """The date at text[a:b] opens a line, a dash or colon after it, and names a day other than the page's."""
    if text[text.rfind("\n", 0, a) + 1 : a].strip() or not _ENTRY_AFTER.match(text, b):
        return False
    return any(
        d.start == a and d.span is not None and d.span.start == d.span.end and d.span.start != published for d in dates
    )


#: How many days before the page's stamp a dateline's own day may lie and still be the report's.
_DATELINE_LAG = 7


def _dateline_day(dates: Sequence[DateMention], line: tuple[int, int], published: date) -> date | None:
    """The day a dateline tells ("KYIV, March 3 (Reuters) -"), when it lies a few days before the stamp."""
    a, b = line
    for d in dates:
        if d.start >= b:
            break
        s = d.span
        if d.start >= a and s is not None and s.start == s.end and 0 < (published - s.start).days <= _DATELINE_LAG:
            return s.start
    return None


#: "a coalition of factions", "an alliance of rebel groups": a common noun told with "a", no named body.
_SOME_COALITION = re.compile(r"\b(?:a|an|another|new)\s+(?:[a-z-]+\s+)?$", re.I)
_OF_AFTER = re.compile(r"\s+of\b")


def _some_coalition(text: str, m: Mention) -> bool:
    """Whether a lower-case "coalition" is any coalition of some members ("a coalition of factions"), not
    the lexicon's body of that name."""
    return (
        text[m.start : m.end] == "coalition"
        and _SOME_COALITION.search(text, max(0, m.start - 30), m.start) is not None
        and _OF_AFTER.match(text, m.end) is not None
    )


def _side_of(text: str, start: int, end: int) -> bool:
    return bool(_SIDE_WORD.search(text, start, end)) and bool(_SIDE_OF.match(text, end))


#: "ADEN: Houthi forces said ...": a colon closes a dateline too, when its capitals are a place's name
#: (so "UPDATE:", "PHOTO:" and "ALSO READ:" open no dateline).
_COLON_DATELINE = re.compile(rf"^{DATELINE_WORD}(?:\s{DATELINE_WORD}){{0,2}}(?=:\s+[A-Z\"“])")
_PLACE_KINDS = frozenset({"place", "capital"})
#: How many paragraphs (headline, caption, byline lines) may come before a dateline.
_DATELINE_PARAGRAPHS = 4
_NORM = attrgetter("norm")
_SPEECH_VERB = re.compile(r"\w+")
_START = attrgetter("start")
_END = attrgetter("end")
_FIRST = itemgetter(0)
_OUTLET = re.compile(r"\((?P<outlet>AP|AFP|Reuters|Xinhua|UPI|dpa|DPA|ANI|IANS|PTI)\)")


@slot_init
@dataclass(frozen=True, slots=True)
class Document:
    text: str
    published: date | None
    lexicon: Lexicon
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    #: the folded form of each token (Token.norm), parallel to ``tokens``: read once, for the passes
    #: over every word that later stages make
    norms: tuple[str, ...]
    #: the distinct folded forms: a stage whose cue words the article lacks altogether skips its pass
    #: over every word (a set test over a few words, not a test of each of hundreds of tokens)
    vocabulary: frozenset[str]
    #: the dictionary form of each token (lemmas.py), parallel to ``tokens``
    lemmas: tuple[str, ...]
    #: the first character of each token (text.first_chars), parallel to ``tokens``: read once for the
    #: name and date finders, and kept for the later passes that visit capitalised words
    firsts: tuple[str, ...]
    mentions: tuple[Mention, ...]
    #: missions and coalitions -> the country they serve in: the lexicon's, and those the text defines
    #: itself ("the EU Training Mission in Mali (EUTM)": acronyms.py)
    missions: Mapping[str, str]
    dates: tuple[DateMention, ...]
    #: the day relative dates of events count from: ``published``, else one the story fixes itself
    reference: date | None
    #: ``dates`` resolved against ``reference``: the same tuple when the article states its date
    event_dates: tuple[DateMention, ...]
    #: the day ``event_dates`` count from: ``reference``, or a dateline's own day days before the stamp
    story_day: date | None
    #: character spans of datelines, ignored as places and actors
    datelines: tuple[tuple[int, int], ...]
    triggers: tuple[Trigger, ...]
    #: sentence index -> the "X said Y would strike" statement it holds
    said_would: Mapping[int, re.Match[str]]
    outlet: str | None
    _tok_starts: tuple[int, ...]
    _men_starts: tuple[int, ...]
    _date_starts: tuple[int, ...]
    _event_date_starts: tuple[int, ...]
    #: the furthest end of the mentions (dates, event dates) up to each one, in start order: where the
    #: last one a span's slice takes reaches no further than the span, the whole slice is in it (the
    #: usual case), taken as it is with no test of each mention's end
    _men_reach: tuple[int, ...]
    _date_reach: tuple[int, ...]
    _event_date_reach: tuple[int, ...]
    _trig_starts: tuple[int, ...]
    _sent_starts: tuple[int, ...]
    #: where the last dateline ends (0 without one): no position past it needs a look at them
    _dateline_end: int

    @classmethod
    def read(
        cls, text: str, published: date | None, lexicon: Lexicon, toks: Sequence[Token] | None = None
    ) -> Document:
        """The document of ``text``; ``toks``: its tokens (text.tokens), when the caller has them."""
        sents = tuple(sentences(text))
        # "Nigerias Borno state": a possessive some outlets write without its apostrophe
        toks = tuple(lexicon.unmarked_possessives(tokens(text) if toks is None else toks, text))
        norms = tuple(map(_NORM, toks))  # map: no Python frame per token
        # "told the Jerusalem Post", "the Sudan Tribune reported": a place that opens an outlet's name is
        # no scene, party or home of the article
        # each word's first character, read once for the name and the date finders (its case and digits
        # tell which words they visit)
        firsts = tuple(first_chars(toks))
        # "the West Bank of the Dniester": a river's side, no territory of that name (_SIDE_OF)
        mentions = tuple(
            m
            for m in lexicon.find(toks, text, norms, firsts)
            if not _OUTLET_AFTER.match(text, m.end) and not _side_of(text, m.start, m.end) and not _some_coalition(text, m)
        )
        if published is not None and lexicon.mission_years:
            mentions = tuple(_serving_then(lexicon, text, m, published.year) for m in mentions)
        # "the Joint Force of the Sahel (JFS)": a name the text defines is read wherever it recurs
        tok_starts = tuple(map(_START, toks))
        own, hosts = defined(text, toks, norms, tok_starts, mentions)
        if own:
            mentions = tuple(sorted(mentions + tuple(own), key=_START))
        missions = MappingProxyType({**lexicon.mission_host, **hosts}) if hosts else lexicon.mission_host
        starts = date_starts(toks, norms, firsts)
        dates = tuple(find_dates(text, published, starts))
        datelines = []
        outlet = None
        stamps = [(a, b) for _, _, a, b in page_stamps(text)]
        half = len(text) // 2 + 1
        for k, s in enumerate(sents):
            # "ERBIL, Kurdistan Region – ..." opens the body after a headline, a caption or a byline
            opens = s.paragraph <= _DATELINE_PARAGRAPHS and (k == 0 or sents[k - 1].paragraph != s.paragraph)
            if not opens and (s.start >= half or (s.paragraph and "(" not in s.text)):
                # no dateline of either kind: most sentences, turned away before any slicing (inside
                # a paragraph only a wire's bracket makes one: "... said. ERBIL (Wire) - ...")
                continue
            body = text[s.start : s.end].lstrip()
            # "BERLIN, March 3, 2025 — ...": a dateline whose day is also the page's stamp is one
            # dateline, its town included (else "BERLIN" alone would read as Germany speaking)
            m = _DATELINE.match(body) or _TITLED_DATELINE.match(body)
            if m is None:
                # "date 2024-09-17 BAMAKO, Mali — ...": a dateline may follow the page's stamp on its line
                head = next(
                    (b for a, b in stamps if s.start <= a < s.end and len(text[s.start : a].split()) <= 1),
                    s.start,
                )
                body = text[head : s.end].lstrip()
                m = _DATELINE.match(body)
            head = s.end - len(body)
            told_by = (m.group("outlet") or m.groupdict().get("wire")) if m else None
            if m and s.start < half and (s.paragraph == 0 or opens or told_by):
                datelines.append((head, head + m.end()))
                outlet = outlet or told_by
            elif (
                m is None
                and opens
                and (c := _COLON_DATELINE.match(body))
                and _names_a_place(mentions, head, head + c.end())
            ):
                datelines.append((head, head + c.end() + 1))
        # Without a stated date, "on Tuesday" counts from the day the story fixes: events read it here,
        # milestones only where their own readings leave a date unread (milestones._Dates.in_story).
        reference = published if published is not None else reference_day(text, dates)
        # events count from such a day told further down when the lead tells none, where it signs an
        # embedded post or a photo ("attacked on Saturday" above a post's "October 19, 2024", a
        # Saturday); milestones only from one the lead tells
        story = reference
        if story is None and published is None:
            story = reference_day(text, dates, signed=True)
        elif published is not None and datelines:
            # "KYIV, March 3 (Reuters) - ... on Tuesday" on a page stamped days later: the dateline's
            # day is the report's, and events count from it
            story = _dateline_day(dates, datelines[0], published) or story
        event_dates = dates if story == published else tuple(find_dates(text, story, starts))
        # an event's yearless day or month on an undated page takes the year of the page's last full
        # date; on a dated one, an event's month or year ends by the report
        if story is None:
            event_dates = weekday_beside(text, told_years(text, post_relative(text, event_dates, starts)))
        else:
            event_dates = _until(_entries_told(text, event_dates, starts, story, published), story)
        event_dates = month_thirds(text, story_shifted(text, framed_years(text, event_dates)), story)
        forms = list(map(lemma_form, norms))
        triggers = tuple(find_triggers(text, toks, forms, norms))
        # "date 2025-06-24 Iran fired ... on Monday": the page's own stamp dates no event. A date that opens a
        # line of the story's text, another day than the page's, is the day of what the line tells ("March 8,
        # 2025 - Russian forces shelled X": an entry of a timeline, or a story filed days before the page)
        datelines.extend(stamps if published is None else [(a, b) for a, b in stamps if not _entry_day(text, a, b, published, dates)])
        if outlet is None:
            found = _OUTLET.search(text[:400])
            outlet = found.group("outlet") if found else None
        sent_starts = tuple(map(_START, sents))
        return cls(
            text=text,
            published=published,
            lexicon=lexicon,
            sentences=sents,
            tokens=toks,
            norms=norms,
            vocabulary=frozenset(norms),
            lemmas=tuple(map(_FIRST, forms)),
            firsts=firsts,
            mentions=mentions,
            missions=missions,
            dates=dates,
            reference=reference,
            event_dates=event_dates,
            story_day=story,
            datelines=tuple(datelines),
            triggers=triggers,
            said_would=MappingProxyType(_said_would(text, toks, norms, sent_starts)),
            outlet=outlet,
            # map over attrgetter: the offsets are read in C, no Python frame per token
            _tok_starts=tok_starts,
            _men_starts=tuple(map(_START, mentions)),
            _date_starts=tuple(map(_START, dates)),
            _event_date_starts=tuple(map(_START, event_dates)),
            _men_reach=_reach(mentions),
            _date_reach=_reach(dates),
            _event_date_reach=_reach(event_dates),
            _trig_starts=tuple(map(_START, triggers)),
            _sent_starts=sent_starts,
            _dateline_end=max((b for _, b in datelines), default=0),
        )

    @property
    def token_starts(self) -> tuple[int, ...]:
        """Where each token starts, parallel to ``tokens``."""
        return self._tok_starts

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence that holds the character position."""
        return bisect_right(self._sent_starts, pos) - 1

    def sentences_with(self, positions: list[int]) -> set[int]:
        """Indices of the sentences that hold any of the (sorted) character positions."""
        starts = self._sent_starts
        return {bisect_right(starts, p) - 1 for p in positions}

    def tokens_in(self, a: int, b: int) -> list[Token]:
        i = bisect_left(self._tok_starts, a)
        j = bisect_left(self._tok_starts, b)
        return self.tokens[i:j]

    def token_index(self, pos: int) -> int:
        return bisect_left(self._tok_starts, pos)

    def mentions_in(self, a: int, b: int) -> list[Mention]:
        found = _spans_in(self.mentions, self._men_starts, self._men_reach, a, b)
        if a >= self._dateline_end:  # past the page's stamps and datelines: most of the text
            return found
        return [m for m in found if not self.in_dateline(m.start)]

    def dates_in(self, a: int, b: int) -> list[DateMention]:
        return _spans_in(self.dates, self._date_starts, self._date_reach, a, b)

    def event_dates_in(self, a: int, b: int) -> list[DateMention]:
        """Like dates_in, with relative dates counted from ``reference``."""
        return _spans_in(self.event_dates, self._event_date_starts, self._event_date_reach, a, b)

    def triggers_in(self, a: int, b: int) -> list[Trigger]:
        return self.triggers[bisect_left(self._trig_starts, a) : bisect_left(self._trig_starts, b)]

    def in_dateline(self, pos: int) -> bool:
        if pos >= self._dateline_end:
            return False  # the usual case, asked once per name and date: answered without a generator
        return any(a <= pos < b for a, b in self.datelines)

    def words_before(self, pos: int, n: int, since: int = 0) -> list[str]:
        """The folded forms of up to ``n`` tokens that end before ``pos`` (and start at ``since`` or after:
        a clause's or sentence's start, so a cue ending the sentence before is not read as this one's)."""
        i = bisect_left(self._tok_starts, pos)
        lo = max(0, i - n, bisect_left(self._tok_starts, since)) if since else max(0, i - n)
        return list(self.norms[lo:i])  # sliced from the parallel norms: no frame per word


_Span = TypeVar("_Span", Mention, DateMention)


def _spans_in(spans: Sequence[_Span], starts: Sequence[int], reach: Sequence[int], a: int, b: int) -> list[_Span]:
    """The spans that start at ``a`` or after and end by ``b`` (``starts``: their starts, sorted; ``reach``:
    the furthest end of each prefix, from :func:`_reach`). One reading for mentions, dates and event dates."""
    i = bisect_left(starts, a)
    j = bisect_left(starts, b)
    if i == j or reach[j - 1] <= b:
        return list(spans[i:j])  # every one ends by b
    return [s for s in spans[i:j] if s.end <= b]


def _reach(spans: Sequence[Mention] | Sequence[DateMention]) -> tuple[int, ...]:
    """The furthest end of ``spans`` (in start order) up to each one: a running maximum, made in C."""
    return tuple(accumulate(map(_END, spans), max))


#: Words of a name that are written in lower case in the name itself: "Mission in Somalia".
_NAME_LINKS = frozenset({"in", "of", "the", "for", "and", "to", "on"})


def _serving_then(lexicon: Lexicon, text: str, m: Mention, year: int) -> Mention:
    """A mission told by a description ("the African Union mission in Somalia", a word of it in lower
    case) outside the years it served: the one mission of the same host and body serving in the
    article's year (AUSSOM in 2025, not ATMIS; never another body's). So is a former name made only of its
    body's, host's and a mission's words ("African Union Mission in Somalia"); a name of its own
    ("AMISOM", "African Union Transition Mission in Somalia") stays."""

    def serving(name: str) -> bool:
        span = lexicon.mission_years.get(name)
        return span is None or ((span[0] is None or span[0] <= year) and (span[1] is None or year <= span[1]))

    e = m.of("actor")
    if e is None or e.name not in lexicon.mission_years or serving(e.name):
        return m
    host, body = lexicon.mission_host.get(e.name), lexicon.mission_body.get(e.name) or frozenset()
    told = text[m.start : m.end].split()
    if not any(w[:1].islower() and w not in _NAME_LINKS for w in told) and not _generic_name(told, host, body):
        return m
    then = [
        n for n, h in lexicon.mission_host.items()
        if h == host and n != e.name and serving(n) and body & (lexicon.mission_body.get(n) or frozenset())
    ]  # fmt: skip
    if len(then) != 1:
        return m
    now = e._replace(name=then[0])
    return Mention(m.first, m.last, m.start, m.end, tuple(now if x is e else x for x in m.entries))


#: Words any mission's name may hold: "Mission", "Force".
_MISSION_WORDS = frozenset({"mission", "force", "operation", "peacekeeping"})


def _generic_name(told: Sequence[str], host: str | None, body: frozenset[str]) -> bool:
    """A name made only of its body's, its host's and a mission's words ("African Union Mission in
    Somalia"): as fit for the mission serving later as for the one it named once, unlike "African Union
    Transition Mission in Somalia" or "AMISOM"."""
    if not host or not body:
        return False
    known = _MISSION_WORDS | {w.lower() for name in (host, *body) for w in name.split()}
    return all(w.lower() in known or w in _NAME_LINKS for w in told)


def _names_a_place(mentions: Sequence[Mention], a: int, b: int) -> bool:
    """The words from ``a`` to ``b`` are one name of a place in the gazetteer."""
    return any(
        m.start == a and m.end == b and any(e.kind in _PLACE_KINDS for e in m.entries) for m in mentions
    )


def _entries_told(
    text: str, found: tuple[DateMention, ...], starts: dict[str, list[int]], story: date, published: date | None
) -> tuple[DateMention, ...]:
    """ "Overnight, drones hit Odesa" under a live blog's entry stamped "Tuesday 11 March, 09:12 GMT": a relative
    day or weekday an entry tells counts from the day of the stamp above it, down to the next dated stamp."""
    heads: list[tuple[int, date]] = []  # (where an entry's text starts, the day its stamp tells)
    for d in found:
        if d.span is None or d.span.precision != "day" or (heads and d.start < heads[-1][0]):
            continue
        line = text.rfind("\n", 0, d.start) + 1
        end = text.find("\n", d.end)
        end = len(text) if end < 0 else end
        if STAMP_LINE.fullmatch(text, line, end) and (published is None or d.span.start <= published):
            heads.append((end, d.span.start))
    if not any(day != story for _, day in heads):
        return found
    told: dict[date, dict[tuple[int, int], DateMention]] = {}
    out = list(found)
    for k, (a, day) in enumerate(heads):
        if day == story:
            continue
        b = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        for i, d in enumerate(out):
            if a <= d.start < b and d.kind in ("relative", "weekday"):
                if day not in told:
                    told[day] = {(x.start, x.end): x for x in find_dates(text, day, starts)}
                x = told[day].get((d.start, d.end))
                if x is not None:
                    out[i] = x
    return tuple(out)


def _until(found: tuple[DateMention, ...], day: date) -> tuple[DateMention, ...]:
    """ "In December" told on 27 December: an event already told of happened by the report, so a
    month or year that runs past it ends on its day (deadlines keep the whole span: they read ``dates``)."""
    if not any(d.span is not None and d.span.start <= day < d.span.end for d in found):
        return found
    return tuple(
        DateMention(d.start, d.end, DateSpan(d.span.start, day, d.span.precision), d.kind)
        if d.span is not None and d.span.start <= day < d.span.end and d.kind != "since"
        else d
        for d in found
    )


#: A harm no party will do, as a truce tells it: "neither army will attack the other's posts".
_NO_PARTY = re.compile(r"\b(?:neither|no\s+(?:side|party|one))\b", re.I)


#: Speakers who forecast, not threaten: "Iran will strike back, analysts said" holds out no one's harm.
_OUTSIDERS = words(
    "analyst analysts expert experts observer observers resident residents witness witnesses diplomat diplomats "
    "commentator commentators researcher researchers"
)


def _reported_by_a_party(text: str, start: int, verb: int) -> re.Match[str] | None:
    """REPORTED_THEN_SAID's statement before the speech verb at ``verb``, unless an outsider speaks it."""
    m = REPORTED_THEN_SAID.match(text, start, verb)
    if m is None or _OUTSIDERS.intersection(text[m.end("q") : verb].lower().split()):
        return None
    return m


def _said_would(
    text: str, toks: tuple[Token, ...], norms: tuple[str, ...], sent_starts: tuple[int, ...]
) -> dict[int, re.Match[str]]:
    """ "X said Y would strike" statements by sentence, tried only at the words that open them."""
    found: dict[int, re.Match[str]] = {}
    # no "ready", "prepared" or "right to" in the text: the harm's modal lies within FUTURE_REACH
    bounded = None
    for t in compress(toks, map(speech.OWN_WORDS.__contains__, norms)):  # the test runs in C
        if bounded is None:
            low = lower_of(text)  # (the article's, made once for all its patterns)
            bounded = "ready" not in low and "prepared" not in low and "right to" not in low
        if (
            bounded
            and t.norm not in speech.ADDRESSED
            and not FUTURE_MODAL.might_match(text, t.start, t.end + FUTURE_REACH)
        ):
            m = None
        else:
            m = SAID_WOULD.match(text, t.start)
        s_idx = bisect_right(sent_starts, t.start) - 1
        if m is None and s_idx >= 0:
            # '"We will strike back," Saree said': the threat is the quotation before the verb
            q = QUOTED_THEN_SAID.match(text, sent_starts[s_idx], t.start) or _reported_by_a_party(
                text, sent_starts[s_idx], t.start
            )
            harm = QUOTE_THREAT.search(q.group("q")) if q is not None else None
            if harm is not None and not _NO_PARTY.search(q.group("q"), 0, harm.start()):
                m = _SPEECH_VERB.match(text, t.start)
        if m:
            found.setdefault(s_idx, m)
    return found
