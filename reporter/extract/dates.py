"""Date expressions resolved against the publication date, and the publication date from text.

"on Friday" is the last Friday on or before publication; "overnight between Saturday and
Sunday" is a range; "by September 2025" keeps month precision. Nothing is guessed: without a
publication date, weekday and relative expressions resolve to None.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, partial
from itertools import compress
from operator import attrgetter, or_

from reporter.extract.numbers import NUMBER, parse_number
from reporter.extract.past_deeds import HAD_DONE, told_past
from reporter.extract.prefilter import guarded, lower_of
from reporter.extract.records import slot_init
from reporter.extract.text import CLAUSE_CHAR, IN_SENTENCE, Token, first_chars, per_word, tokens
from reporter.extract.troop_nouns import FORMATIONS, PERSONNEL, alternation

#: The last day a text can speak of as past: the day it was fetched where the caller knows it, so
#: the same page reads the same when extracted again years later; else today.
_NOT_AFTER: ContextVar[date | None] = ContextVar("not_after", default=None)


def latest_day() -> date:
    """The day a yearless weekday date ("Tuesday, February 18") may be at the latest."""
    return _NOT_AFTER.get() or date.today()


@contextmanager
def read_as_of(day: date | None) -> Iterator[None]:
    """Read texts as of ``day`` (their fetch day) inside the block; None keeps today."""
    token = _NOT_AFTER.set(day)
    try:
        yield
    finally:
        _NOT_AFTER.reset(token)


_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAY_NUMBERS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
    # a whole word: not the "Mar" of "3rd Marine Division" nor the "Jun" of "junta"
    r"(?![A-Za-z])"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: A year, a day of the month ("3", "03", "3rd") and a date in figures ("23/06/2025", "2025-06-23") as
#: written: published.py reads the page's own stamps with them.
YEAR = r"(?:19|20)\d{2}"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#: A start in a month named with no year, after "since": "since December", "since mid-March", "since January
#: 5" (a recent stretch; "since March 2011" is a war's).
SINCE_MONTH = rf"since\s+(?:(?:early|late|mid)[- ])?(?-i:{MONTH})(?:\s+{DAY})?\b(?!,?\s+{YEAR})"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
#: A weekday told before its date, with its part of the day: "Sunday, ", "Sunday night, ", "Sunday morning (",
#: "Sunday evening - ": the date says which Sunday, not the report's day counted back.
_WD_BEFORE = rf"{WEEKDAY}{_PART}(?:,?\s+|\s*\(\s*|\s+[-–—]\s+)"
# One calendar day as written: "Sunday, June 15", "June 15, 2025", "15 June 2025", "Friday".
#: "June 12-day war" is a war of twelve days in June: a number joined to a word by a hyphen counts, it dates nothing.
#: A short month's dot may stand for the space before the day ("Feb.19"), as it may come before one ("Feb. 19").
_MONTH_GAP = r"(?:\s+|(?<=\.)(?=\d))"
_MDY = rf"(?:{_WD_BEFORE})?(?P<m1>{MONTH}){_MONTH_GAP}(?P<d1>{DAY})(?![-‑][a-z])(?:,?\s+(?P<y1>{YEAR}))?(?!\d)"
#: A day of the month in words, as told after "the" and before "of": "the first of April", "the twenty-second of May".
_DAY_WORDS = {
    w: n
    for n, w in enumerate(
        [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
            "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",
            "thirtieth", "thirty-first",
        ],
        1,
    )
}  # fmt: skip
_DAY_WORD = "(?:" + "|".join(sorted(_DAY_WORDS, key=len, reverse=True)) + ")"
#: The token a day in words of two parts opens with: tokens split "twenty-third" at its hyphen.
_DAY_TENS = frozenset(("twenty", "thirty"))
_DMY = (
    rf"(?:{_WD_BEFORE})?(?:the\s+)?(?P<d2>{DAY}|(?<=[Tt]he\s){_DAY_WORD}(?=\s+of\s))\s+(?:of\s+)?(?P<m2>{MONTH})"
    rf"(?:,?\s+(?P<y2>{YEAR}))?"
)
NUMERIC_DATE = (
    r"(?P<n1>\d{1,2})[/.](?P<n2>\d{1,2})[/.](?P<n3>\d{4})|(?P<i1>\d{4})-(?P<i2>\d{2})-(?P<i3>\d{2})"
    # "(6/23/25)": a slash date with a two-digit year, as US writers give one
    r"|(?P<s1>\d{1,2})/(?P<s2>\d{1,2})/(?P<s3>\d{2})(?![\d/])"
)
_WD = rf"(?P<wd>{WEEKDAY})(?:['’]s)?{_PART}"
#: (a sentence may open with them: "Last Monday, ...", "Late on Thursday, ...")
_PRE = rf"(?:(?:[Ee]arly|[Ll]ate)\s+(?:on\s+)?|[Oo]n\s+|[Ll]ast\s+|[Tt]his past\s+|[Nn]ext\s+(?={WEEKDAY}))?"
_ONE_DAY = rf"{_PRE}(?:{_MDY}|{_DMY}|{NUMERIC_DATE}|{_WD})"


def _renumber(pattern: str, suffix: str) -> str:
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}{suffix}>", pattern)


_RANGE = re.compile(
    rf"(?:[Oo]vernight\s+(?:between\s+|from\s+)?|[Bb]etween\s+|[Ff]rom\s+)(?P<a>{_renumber(_ONE_DAY, 'a')}),?\s+"
    rf"(?:and|into|to|until|through|-)\s+(?:early\s+|late\s+)?(?P<b>{_renumber(_ONE_DAY, 'b')})"
)
#: Two days of two months joined by a dash, no "between" or "from": "Feb. 28-March 1", "30 June – 2 July".
_DASH_RANGE = re.compile(
    rf"(?P<a>{_renumber(_ONE_DAY, 'a')})\s*[-–—]\s*(?P<b>{_renumber(_ONE_DAY, 'b')})"
)
_INTO = re.compile(
    rf"(?P<a>{_renumber(_ONE_DAY, 'a')}),?\s+into\s+(?:early\s+|late\s+)?(?P<b>{_renumber(_ONE_DAY, 'b')})"
)
#: "on the night of Thursday to Friday": the night's two days (read from the first day's name).
_NIGHT_OF = re.compile(
    rf"(?<=night of )(?P<a>{_renumber(_ONE_DAY, 'a')}),?\s+(?:to|and)\s+(?:early\s+)?(?P<b>{_renumber(_ONE_DAY, 'b')})"
)
#: "on Saturday and Sunday", "on both Monday and Tuesday": two days running told as one stretch (not a
#: second day told after a comma with its own "on", which opens a deed of its own: "... on Saturday, and on
#: Sunday they ambushed ...").
_TWO_WEEKDAYS = re.compile(
    rf"(?:on\s+)?(?:both\s+)?(?P<wda>{WEEKDAY}){_PART}(?!,\s+and\s+(?:(?:early|late)\s+)?(?:on|in)\s),?\s+and\s+"
    # ("late on Thursday and early on Friday", "... and in the early hours of Friday": the night between)
    rf"(?:on\s+|(?:early|late)\s+(?:on\s+)?|in\s+the\s+early\s+hours\s+of\s+)?(?P<wdb>{WEEKDAY}){_PART}\b"
)
#: "overnight into Monday", "overnight to Saturday": the night that ends on that day.
_OVERNIGHT_INTO = re.compile(rf"[Oo]vernight\s+(?:into|to|before)\s+(?:early\s+)?{_ONE_DAY}")
#: "on 14 and 15 June", "on June 14 and 15," : two days told as one; after the month, "and" needs
#: a break after the second day ("June 14 and 15 people" counts people).
_TWO_DAYS = r"\s*[-–]\s*|\s+(?:and|to|through)\s+"
_SPAN_DAYS = re.compile(
    rf"(?P<d1>{DAY})(?:{_TWO_DAYS})(?P<d2>{DAY})\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"
    rf"|(?P<m_>{MONTH})\s+(?P<d1_>{DAY})(?:\s*[-–]\s*(?P<d2_>{DAY})"
    rf"|\s+(?:and|to|through)\s+(?P<d3_>{DAY})(?=[,.;:)]|\s+(?:in|at|near|on|across|along|when|as|{YEAR})\b|\s*$))"
    rf"(?:,?\s+(?P<y_>{YEAR}))?"
)
_ONE = re.compile(rf"(?:overnight\s+)?{_ONE_DAY}")
#: Parts of a year that only a plan names: "the third quarter of 2030", "the second half of", "summer".
_QUARTER = r"(?:(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|Q(?P<qd>[1-4]))"
_YEAR_PART = (
    rf"(?:[Tt]he\s+)?(?:{_QUARTER}|(?P<half>first|second)\s+half|(?:early\s+|late\s+|mid-?\s*)?"
    r"(?i:spring|summer|autumn|fall|winter))(?:\s+of)?\s+(?=(?:19|20)\d\d)"
)
#: After "June, " a year, not a count ("In June, 2000 troops arrived").
_YEAR_NOT_COUNT = r"(?=(?:19|20)\d\d(?![\d,])(?!\s+[a-z]))"
_PERIOD = re.compile(
    rf"(?P<q>(?:the\s+)?(?:end|close|beginning|start|middle)\s+of\s+(?:the\s+)?|end-|early\s+|late\s+|mid-?\s*)?"
    rf"(?P<part>{_YEAR_PART})?"
    rf"(?:(?P<m>{MONTH})(?:\s+(?:of\s+)?|,\s+{_YEAR_NOT_COUNT})(?P<y>{YEAR})|(?P<mr>{MONTH})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year"
    rf"|(?P<yo>{YEAR})(?!\d|,\d)"
    rf"|(?P<mo>{MONTH})(?!\s*\d(?!\d?[-‑][a-z])))"  # a month with a day, not "June 12-day war"
)
#: A part of a year told by its place from the report: "the first quarter of next year", "the second half of
#: this year", "the beginning of next year", "mid-next year" (GUIDE.md: a quarter or half by its last month).
#: A half, a quarter or the middle of "the year" with no year told is of the report's year: "by mid-year",
#: "in the second half of the year" (a season or the year's end or start is read elsewhere or not at all).
_YEAR_PART_REL = _YEAR_PART.replace(r"(?=(?:19|20)\d\d)", r"(?=(?:(?:next|this|last)\s+|the\s+(?:current\s+)?)?year)")
_PART_REL = re.compile(
    r"(?P<q>(?:the\s+)?(?:end|close|beginning|start|middle)\s+of\s+(?:the\s+)?|mid-?\s*)?"
    r"(?P<part>" + _YEAR_PART_REL + r")?"
    r"(?:(?P<rel>next|this|last)\s+|(?P<the>(?<=\b[Tt]he\s)|the\s+(?:current\s+)?|(?<=mid)-?|(?<=mid\s)))year\b(?![-‑])",
    re.I,
)
_PART_OF_THE_YEAR = re.compile(r"mid|(?:the\s+)?middle\s+of|(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:half|quarter)")
#: A year of this or the last century, written: "2019".
YEAR_TOLD = re.compile(r"\b(?:19|20)\d\d\b")
#: A window of months ahead: "between June and September", "from June to September (2025)".
_WINDOW_OPENER = re.compile(r"\b(?:between|from)\s+$", re.I)
_MONTH_WINDOW = re.compile(rf"\s+(?:and|to|until|till|through)\s+(?P<m>{MONTH})(?!\s*\d(?!\d\d\d))(?:,?\s+(?P<y>{YEAR}))?\b")
_MONTH_REL = re.compile(rf"(?P<m>{MONTH})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b")
#: The part of a month told before "June next year" ("the end of", "mid-"), which the mention takes in.
_MONTH_PART_BEFORE = re.compile(
    r"(?:(?:the\s+)?(?:end|close|beginning|start|middle)\s+of\s+(?:the\s+)?|early\s+|late\s+|mid-?\s*)$", re.I
)
#: A year told after a day and month: "March 5 next year", "5 March of next year".
_DAY_REL_YEAR = re.compile(r"\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", re.I)
#: A month told by its place from the report: "next March" (the first March after the report's month),
#: "last March", "this past March" (the latest before it), "this March" (the report's year).
_MONTH_REL_BEFORE = re.compile(r"\b(?:the\s+)?(?P<rel>next|coming|last|this\s+past|this)\s+$", re.I)
#: Right before a weekday, its first hours: "early Sunday", "in the early hours of Sunday".
_EARLY_BEFORE = re.compile(r"\b(?:early|early\s+on|early\s+hours\s+of)\s+(?:on\s+)?$", re.I)
#: A weekday told with its week: "Friday next week", "on Friday of this week", "Tuesday last week".
_WEEK_AFTER = re.compile(r",?\s+(?:of\s+)?(?:the\s+)?(?P<rel>next|coming|this|last)\s+week\b", re.I)
_WEEK_SHIFT = {"next": 1, "coming": 1, "this": 0, "last": -1}
#: A day a stretch of stated length counts from: "will last 60 days from June 2", "a 30-day truce starting
#: on May 5". The stretch's end may lie ahead while its start is just gone, so the start takes the year
#: nearest the report, not the next one a future verb would give it.
STRETCH_START = re.compile(
    r"\b(?P<n>" + NUMBER + r"|a|an|one)[\s-]+(?P<u>hours?|days?|weeks?|months?)\b[^.;:,]{0,30}?"
    r"\b(?:from|starting|beginning|effective|as\s+of)\s+(?:on\s+|from\s+)?$",
    re.I,
)
_RELATIVE = re.compile(
    r"\b(?P<r>yesterday|today|tonight|last night|this (?:morning|afternoon|evening)|earlier today|"
    r"overnight|(?:late |early )?last week|(?:earlier |late )?this week|earlier in the week|(?:the |over the )?past week|over the last week(?! of\b)|"
    r"(?:by|before|until) the (?:end of the )?weekend|(?:last|this past|over the|the) weekend|last month|(?:earlier |early |late )?(?:this|the current) month|last year|"
    r"(?:earlier |later )?(?:this|the current) year|(?:by |at |before )?the end of (?:the|this|next|the current) (?:year|month|week)|"
    # a bound at the last month's end ("had until the end of last month"); an event's "at the end of last month" is a part of it
    r"(?:(?<=\bby )|(?<=until )|(?<=till )|(?<=before ))the end of last month|"
    r"(?:by |at |before )?(?:year[- ]end|(?:the )?year['’]s end)|(?:next|this|last) (?:spring|summer|autumn|fall|winter)|"
    # a season a bound looks ahead to, with no year: "by the summer", "until the end of the autumn"
    r"(?:by|before|until|till) (?:the )?(?:end of (?:the )?)?(?P<season>spring|summer|autumn|fall|winter)(?!\s+(?:of\b|\d))|"
    r"next (?:week|month|year)|effective\s+immediately|immediate\s+effect|"
    r"(?P<n>" + NUMBER + r"|a|an)\s+(?P<u>days?|weeks?|months?|years?)\s+ago|"
    # a stretch up to the report: "in the past 24 hours", "over the last three days" (not "the last two days of")
    r"(?:the\s+)?(?:past|last)\s+(?P<pn>" + NUMBER + r")\s+(?P<pu>hours|days|weeks)(?!\s+of\b)|"
    # the opening days of the report's month, year or week: "at the start of the month", "since the beginning of the year"
    r"(?:start|beginning)\s+of\s+(?:the|this)\s+(?P<per>month|year|week)|"
    r"within\s+(?:the\s+(?:next|coming)\s+)?(?P<wn>" + NUMBER + r"|a|an|one)\s+(?P<wu>days?|weeks?|months?|years?)|"
    r"(?P<fn>" + NUMBER + r"|a|an|one)\s+(?P<fu>days?|weeks?|months?|years?)\s+from\s+(?:now|today)|"
    # ("gave the mission three more months to wind down": a stretch added is given all the same)
    r"(?P<hn>" + NUMBER + r")\s+(?:more\s+|additional\s+|extra\s+)?(?P<hu>days|weeks|months)\s+(?=to\s)|"
    # one unit given to do something: "gave the troops a month to leave", "one week to withdraw"
    r"(?P<hn1>a|an|one)\s+(?P<hu1>day|week|month)\s+(?=to\s+(?!the\b|a\b|an\b|\d))"
    r")\b",
    re.I,
)
# A month name alone is a date only after a word that makes it one ("in March", "since May"), a bound
# with its hedge ("until at least October", "no later than June") or a date moved to it ("postponed to June").
#: The verbs of a date moved, later or sooner ("pushed back to", "brought forward to"), read by milestones too.
MOVED_PHRASES = ("extended", "postponed", "pushed back", "brought forward", "moved", "delayed", "slipped", "shifted", "deferred", "put off")
_MOVED = "(?:" + "|".join(p.replace(" ", r"\s+") for p in MOVED_PHRASES) + ")"
_MONTH_ALONE_OK = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|through|of|last|next|coming|this(?:\s+past)?|early|late|mid)\s+"
    r"(?:at\s+least\s+|at\s+the\s+latest\s+)?|\bno\s+later\s+than\s+|\b" + _MOVED + r"\s+to\s+"
    r"|\b(?:set|slated|scheduled|planned|due|expected|earmarked)\s+for\s+)$",
    re.I,
)
#: A month joined to a month told with its word: "in June and September", "by March or April".
_MONTH_AFTER_MONTH = re.compile(r"\b(?:in|by|until|till|since)\s+" + MONTH + r",?\s+(?:and|or)\s+$", re.I)
#: A bare number is a year only after one of these; a sentence may open with it ("In 2019 the ...").
_YEAR_PREP = re.compile(
    r"\b(?:in|since|by|until|of|from|through|during|before|after|(?:no|not)\s+later\s+than"
    # "is planned for 2027", "scheduled for 2026": a step set for a year
    r"|(?:planned|scheduled|slated|set|earmarked|targeted)\s+for)\s+"
    r"(?:at\s+(?:least|the\s+latest)\s+)?$",
    re.I,
)
#: "a September missile strike", "the March attack", "its September deadline": a month alone naming a
#: thing it dates.
_MONTH_NAMES_A = re.compile(r"\b(?:[Aa]|[Tt]he|[Ii]ts|[Tt]heir)\s+$")  # "The September deadline" opens a sentence too
_THEN_NOUN = re.compile(r"\s+(?:[a-z]|\d+[-‑][a-z])")  # "the March attack", "the June 12-day war"
#: A month naming a deal, a truce or a blow it dates: "the November ceasefire", "the October deal", "the
#: March attack". Such a thing is named by the month it was made or struck in, so the month is the latest
#: one on or before the report, whatever the clause around it looks ahead to ("must withdraw under the
#: November ceasefire", told in January). A deadline or a vote named by its month may still lie ahead.
_MONTH_NAMES_MADE = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:ceasefire|cease-fire|truce|armistice|agreement|deal|accord|pact|attacks?|(?:air\s*)?strikes?"
    r"|airstrikes?|bombings?|raids?|assaults?|invasion|offensive|war|clash(?:es)?)\b",
    re.I,
)
#: "the 2016 bombing", "a 2019 drone attack on X", "the 2020 Iranian missile attack": a year alone naming the
#: event it dates, also past a party's name (a bare number before any other noun stays a count: "the 2000 troops").
_YEAR_NAMES_EVENT = re.compile(
    r"\s+(?:[a-z][\w-]*\s+|[A-Z][\w'’-]*\s+(?=[a-z])){0,2}?(?:attacks?|(?:air\s*)?strikes?|airstrikes?|bombings?|blasts?|explosions?|raids?"
    r"|assaults?|massacres?|ambush(?:es)?|shelling|shootings?|sieges?|hijackings?|assassinations?|incidents?|clash(?:es)?)\b"
)
#: "the first stage of 2000 troops", "held by 2020 fighters": a figure a noun of people or of units
#: follows (a word or two may come between: "2000 more troops") counts them, even after a preposition.
_COUNTED = re.compile(
    r"\s+(?:(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|all|some)\s)[A-Za-z][\w.-]*\s+){0,2}?(?:"
    + alternation(FORMATIONS | PERSONNEL)
    + r"|people|persons|refugees|migrants|civilians|police|policemen|officers|fighters|militants|rebels|insurgents"
    r"|gunmen|guards|workers|residents|prisoners|detainees|hostages|protesters|demonstrators|volunteers|recruits"
    r"|members|staff|advisers|advisors|trainers|instructors|contractors|observers|men|women|children|families"
    r"|Marines)\b"
)
#: Unless, after a preposition that can set a clause in time ("By 2030 troops will have left", "in 2003
#: soldiers were sent"; not "of", "from"), the noun opens that clause: a helping verb or a verb in -ed
#: just after it shows it.
_COUNT_ONLY_PREP = re.compile(r"\b(?:of|from)\s+$", re.I)
_CLAUSE_VERB = re.compile(r"\s+(?:will|would|had|have|has|were|was|are|is|could|should|must|may|might|[a-z]+ed)\b")


def _counted(text: str, start: int, end: int) -> bool:
    """The bare number at ``start:end``, told after a preposition, counts the people or units after it."""
    if not (c := _COUNTED.match(text, end)):
        return False
    return bool(_COUNT_ONLY_PREP.search(text, max(0, start - 8), start)) or not _CLAUSE_VERB.match(text, c.end())


#: ... when told after an article or an owner: "the 2016 bombing", "its 2019 raid", "the army's 2020 offensive".
_YEAR_NAMES_A = re.compile(r"(?:\b(?i:a|the|its|their)|\w['’]s)\s+$")
#: "during the 2006 war", "in the 2020 war": a year naming the war the sentence's events were fought in
#: (not "since the 2006 war", a stretch measured from it).
_YEAR_IN_WAR_BEFORE = re.compile(r"\b(?i:during|in|throughout)\s+the\s+$")
_YEAR_WAR = re.compile(r"\s+(?:war|conflict|invasion|offensive|intifada|uprising|insurgency)\b", re.I)
_ONE_START = frozenset(("overnight", "early", "late", "on", "last", "this", "next"))
_PERIOD_START = frozenset(("end", "close", "beginning", "start", "middle", "early", "late", "mid", "midyear"))
_PART_START = frozenset(
    ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "spring", "summer", "autumn", "fall", "winter")
)  # fmt: skip
_REL_START = frozenset(
    (
        "past",
        "start",
        "beginning",
        "yesterday",
        "today",
        "tonight",
        "last",
        "this",
        "earlier",
        "overnight",
        "late",
        "early",
        "next",
        "later",
        "within",
        "effective",
        "immediate",
        "year",
    )
)
#: ("Twenty years ago", "fifteen months ago": a count in words past ten opens a stretch as well)
_COUNT_WORDS = frozenset(
    (
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    )
)  # fmt: skip
_UNITS = frozenset(("day", "days", "week", "weeks", "month", "months", "year", "years"))
_NORM = attrgetter("norm")
#: Every word a date can open with (months and weekdays count only capitalised: the loop checks).
_ANY_START = (
    _ONE_START | _PERIOD_START | _PART_START | _REL_START | _COUNT_WORDS | frozenset(_MONTHS) | frozenset(WEEKDAY_NUMBERS)
    | frozenset(("overnight", "between", "from", "by", "at", "before", "over", "the", "immediate", "effective", "until", "till"))
    | frozenset(_DAY_WORDS) | _DAY_TENS
)  # fmt: skip
#: The openers date_starts reads whatever follows them ...
_OPENS_ALONE = (
    _ONE_START | _PERIOD_START | _PART_START | _REL_START | frozenset(_MONTHS) | frozenset(WEEKDAY_NUMBERS)
    | frozenset(("overnight", "between", "from")) | frozenset(_DAY_WORDS) | _DAY_TENS
)  # fmt: skip
#: ... and those that open one only before a word of _OPENS_BEFORE ("a week", "the end", "by the"): the
#: most frequent words of all ("the", "a", "by", "at"), mostly followed by none, so mostly not visited.
_OPENS_PAIRED = _ANY_START - _OPENS_ALONE
#: A word between a count and its unit that tells the stretch added: "three more months to wind down".
_ADDED = frozenset(("more", "additional", "extra"))
_OPENS_BEFORE = _PERIOD_START | _PART_START | _UNITS | _ADDED | frozenset(("the", "end", "past", "weekend", "current"))
_DURATION = re.compile(r"\b(?:over|during|for|throughout|within|in)\s+the\s+$", re.I)
#: After a stretch, the event it counts from: "within 30 days of the signing" ("of now" is the report).
OF_EVENT = re.compile(r"\s+of\s+(?!now\b|today\b)", re.I)
#: "since" right before a date, with or without "the".
SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
#: A date naming a deadline ("since the February 18 deadline"): the deadline's own day, no stretch opened.
_DEADLINE_AFTER = re.compile(r"\s+(?:deadline|cut-?off)\b", re.I)
#: "since" a deed that opened a stretch, told with its day: "since Iran began its strikes on ", "since the
#: rebels started attacking ships on " (the stretch runs from that day to the report, as "since Friday" does).
_SINCE_DEED = re.compile(
    r"\bsince\s+(?:[\w'’-]+\s+){1,4}?(?:began|started|launched|opened)\s+(?:[\w'’-]+\s+){0,4}?(?:on\s+)?$", re.I
)
#: Words before a date that make it a bound ahead ("by", "until", "will", "due").
#: A verb of saying told done right before a date: that day is the saying's, gone by ("said on Friday",
#: "told reporters on Friday"), unless the saying is itself ahead ("will be announced on Friday").
_SAID_BEFORE = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:said|told\s+(?:\w+\s+){0,2}?|announced|added|stated|confirmed|reported|declared)\s+(?:on\s+)?$",
    re.I,
)
#: A bound set by an occasion that the date after it places: "by the start of the academic year in
#: September", "before the end of the school term on June 20" (the date is the bound's).
BOUND_OCCASION = (
    r"\b(?:by|until|till|before|no\s+later\s+than)\s+the\s+(?:start|beginning|end|close|opening)\s+of\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:in|on)\s+$"
)
FORWARD = re.compile(
    r"\b(?:by|until|till|before|no\s+later\s+than|through)\s+(?:at\s+least\s+)?(?:the\s+)?(?:end\s+of\s+)?$"
    # the bound is an occasion the date places: "by the start of the academic year in September"
    r"|" + BOUND_OCCASION +
    # a date moved is a date ahead of the move: "postponed to June", "pushed back to April 30"
    # and its new date told after what moved or by how much ("postponed the end of the mission by six
    # months, to June 30", "was delayed by a day, to Sunday")
    r"|\b" + _MOVED + r"(?:\s+(?!(?:until|till|to)\b)[\w’'-]+){0,8}?,?\s+(?:until|till|to)\s+(?:the\s+)?(?:end\s+of\s+)?$"
    # a term that comes up for a vote lies ahead: "the mandate is up for renewal in August"
    r"|\b(?:deadline|will|scheduled|expected|set\s+to|due|(?:is|are|comes?|coming|goes|go)\s+up\s+for\s+(?:renewal|review|extension|a\s+vote))\b" + IN_SENTENCE + r"{0,40}$",
    re.I,
)

#: A preposition that bounds a date ahead (FORWARD's first words), and a day told as a possessive
#: ("Thursday's attack"), which then dates a noun rather than standing as the bound itself.
_BOUND_WORD = re.compile(r"(?:by|until|till|before|no\s+later\s+than|through)\b", re.I)
_POSSESSIVE_DAY = re.compile(r"\w['’]s\b")
#: A future told in reported speech, before a bound that is part of its date ("would be home before
#: Christmas"); not a past one ("would have left").
_WOULD_BEFORE = re.compile(r"\bwould\s+(?!have\b|not\b|never\b)" + IN_SENTENCE + r"{0,40}$", re.I)

#: An explicit date with its year ("Dec. 31, 2024", "31 December 2024", "November 2024").
_YEAR_MARK = guarded(
    re.compile(
        rf"\b(?P<m>{MONTH})\s+(?:(?P<d>{DAY}),?\s+)?(?P<y>{YEAR})\b|\b(?P<d2>{DAY})\s+(?P<m2>{MONTH}),?\s+(?P<y2>{YEAR})\b"
    )
)
#: A line near the top holding only a month and year ("October 2025"): a periodical's issue, the
#: page's own month, which lends its year to yearless days as a stamp would.
_ISSUE = re.compile(rf"^[ \t]*(?P<m>{MONTH})\s+(?P<y>{YEAR})[ \t]*$", re.M)
_ISSUE_HEAD = 600
#: How far back (in characters) an explicit date lends its year to a yearless one.
_ANCHOR_REACH = 300
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+[A-Z\"“]|\n")


#: A yearless day told as of the year named before it: "On June 10 of that year", "on August 3 that year".
_THAT_YEAR = re.compile(r",?\s+(?:of\s+|later\s+|earlier\s+)?that\s+year\b", re.I)


def _story_year(text: str, pos: int, end: int, month: int, published: date, guess: date) -> int | None:
    """The past year a yearless day of ``month`` at text[pos:end] lies in, where its sentence or the one
    before told that month with that year ("launched an offensive in September 2023. On September 19, ...")
    or the day is told "of that year" after a year ("in 2014. On June 10 of that year"); else None. A day the
    report's month could hold (``guess`` within a month of it) is the report's news, unless "of that year"."""
    lo = max(0, pos - _ANCHOR_REACH)
    # (no more than the one sentence break before: an earlier paragraph's year misleads)
    if len(_SENTENCE_END.findall(text, lo, pos)) > 1:
        lo = [b.end() for b in _SENTENCE_END.finditer(text, lo, pos)][-2]
    if _THAT_YEAR.match(text, end):
        years = [int(y.group()) for y in YEAR_WRITTEN.finditer(text, lo, pos) if y.group()[:2] in ("19", "20")]
        return years[-1] if years and years[-1] < published.year else None
    if abs((published - guess).days) <= 31:
        return None
    marks = [mk for mk in _YEAR_MARK.finditer(text, lo, pos) if month_number(mk.group("m") or mk.group("m2")) == month]
    if not marks:
        return None
    y = int(marks[-1].group("y") or marks[-1].group("y2"))
    return y if y < published.year else None


def _mark_date(m: re.Match[str]) -> date | None:
    month = month_number(m.group("m") or m.group("m2"))
    day = day_number(m.group("d") or m.group("d2") or "1")
    span = day_span(int(m.group("y") or m.group("y2")), month, day)
    return span.start if span else None


#: A bound given to a party, up to its date ("gave the 1,000 troops until", "were given until noon on"): a
#: deadline, a plan's cue for milestones; given by a weekday ("until Friday"), the giving is past, its weekday
#: the one ahead of the report, a week at most away. A party that "has until" a date holds a bound given to it.
GAVE_UNTIL = re.compile(
    r"(?:\b(?:gave|given|give|gives)\s+(?:[\w’'-]+(?:,\d{3})*\s+){0,10}?|\b(?:has|have|had)\s+(?:now\s+|only\s+)?)(?:until|till)\s+"
    r"(?:(?:noon|midday|midnight|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+(?:on\s+)?)?$",
    re.I,
)
_WEEKDAY_AT = re.compile(r"(?:on\s+)?" + WEEKDAY + r"\b")
#: An order given in the past with a yearless deadline ("the junta ordered the troops to leave by January
#: 31"): the deadline lies nearest the report, gone by or ahead, not a year on (one told after the day).
_ORDER_GIVEN = re.compile(
    r"\b(?:ordered|told|instructed|gave|directed)\s+(?:(?!(?:that|who|which|would|will|shall|is|are)\b)[\w’'-]+\s+){1,5}?"
    r"to\s+\w+(?:\s+(?!(?:will|would|shall)\b)[\w’'-]+){0,6}?\s+(?:by|before|until|till)\s+(?:the\s+end\s+of\s+)?$",
    re.I,
)
#: A plan told as it stood, in the past ("was due in October", "were ordered to leave by December",
#: "was scheduled for March 3"), or told not yet carried out after its date ("due in October, has not
#: yet been completed"): its date is the one nearest the report, gone by or still ahead (reported
#: speech keeps the past tense for a plan still ahead), not a year on nor a year back.
_DUE_TOLD_PAST = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:due|scheduled|slated|expected|set|planned|required|ordered|told)"
    r"\s+(?:to\s+" + CLAUSE_CHAR + r"{0,60}?\s+)?(?:by|in|on|for|until|till|before)\s+(?:the\s+end\s+of\s+)?$",
    re.I,
)
_NOT_YET_AFTER = re.compile(
    r",?\s*" + CLAUSE_CHAR + r"{0,40}?,?\s*\b(?:(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:completed|met|carried\s+out|finished|done|implemented|begun|started|taken\s+place)|(?:has|have)\s+yet\s+to"
    # "due to begin on March 2, never started": a plan that did not happen, its day gone by
    r"|never\s+(?:began|started|happened|took\s+place|materiali[sz]ed|got\s+under\s*way)|(?:did\s+not|didn['’]t|failed\s+to)\s+(?:begin|start|happen|take\s+place|materiali[sz]e)"
    # "due to end in September, is still under way": still going on after its date
    r"|(?:is|are|remains?)\s+still\s+(?:under\s*way|ongoing|in\s+place|running|deployed))\b",
    re.I,
)


#: A plan told as one that did not go as meant ("was meant to leave by", "were supposed to hand over on",
#: "had been due to withdraw by"): its day is one gone by, the latest before the report, unless one comes
#: within a few weeks (a plan just dropped: "were supposed to leave by December 15", told on December 1).
_MEANT_PAST = re.compile(
    r"\b(?:(?:was|were)\s+(?:meant|supposed)|had\s+been\s+(?:\w+ly\s+)?(?:due|meant|supposed|scheduled|slated|set|planned))"
    r"\s+to\s+" + CLAUSE_CHAR + r"{0,60}?\s+(?:by|on|before|until|till)\s+(?:the\s+end\s+of\s+)?$",
    re.I,
)
_MEANT_SOON_DAYS = 45
#: After such a plan's day, a change told for it: "but the date has been postponed to October", "but will
#: now stay until June". The plan was dropped before its day, which may still lie ahead.
_PLAN_CHANGED_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:postponed|pushed\s+back|put\s+off|delayed|deferred|moved|brought\s+forward|(?:will|would)\s+now)\b",
    re.I,
)


def due_told_past(text: str, pos: int, end: int) -> re.Match[str] | None:
    """The words that tell the date at text[pos:end] a plan's, told as it stood or as not yet carried out
    (_DUE_TOLD_PAST), if they do."""
    return (
        _DUE_TOLD_PAST.search(text, max(0, pos - 90), pos)
        or _meant_past(text, pos, end)
        or _NOT_YET_AFTER.match(text, end)
    )


def _meant_past(text: str, pos: int, end: int) -> re.Match[str] | None:
    """The words that tell the date at text[pos:end] a plan's that did not go as meant, unless the
    sentence tells it changed (then it reads as any plan would)."""
    meant = _MEANT_PAST.search(text, max(0, pos - 90), pos)
    return None if meant is None or _PLAN_CHANGED_AFTER.match(text, end) else meant


def _told_year(text: str, pos: int, end: int, month: int, day: int, published: date) -> int:
    """The year of a yearless day a plan told as past (due_told_past) gives: the nearest the report, or
    for a plan that did not go as meant (_MEANT_PAST), the latest before it unless one comes soon or the
    sentence tells the plan changed (_PLAN_CHANGED_AFTER)."""
    year = _nearest_year(month, day, published)
    if not _meant_past(text, pos, end) or not (back := day_span(year - 1, month, day)):
        return year
    ahead = date(year, month, min(day, 28))
    if ahead > published and (ahead - published).days > _MEANT_SOON_DAYS:
        return back.start.year
    return year


def _nearest_year(month: int, day: int, published: date) -> int:
    """The year that puts the month's day nearest ``published``, before or after it."""
    years = [y for y in (published.year - 1, published.year, published.year + 1) if day_span(y, month, day)]
    return min(years, key=lambda y: abs((date(y, month, min(day, 28)) - published).days))


#: A stretch told gone by up to its end: "the fighting continued until Friday", "troops stayed until March 3",
#: "the truce lasted until midnight on Sunday": a past verb of lasting, with no modal before "until".
LASTED_UNTIL = re.compile(
    r"(?:\b(?:remained|stayed|lasted|continued|persisted|raged|went\s+on|fought|served|stood|waited)\b"
    r"(?![^.;:,]*\b(?:will|would|shall|must|to)\b)[^.;:,]{0,50}"
    # a stretch told in the past perfect: "had been holding the bridge with two companies until Friday"
    r"|\bhad\s+been\s+\w+ing\b(?![^.;:,]*\b(?:will|would|shall|must)\b)[^.;:,]{0,90})"
    r"\b(?:until|till|through)\b" + CLAUSE_CHAR + r"{0,30}$",
    re.I,
)
#: A date told gone by right after it: "Jan. 26, passed", "Feb. 18 came and went", "March 1 has expired".
PASSED_AFTER = re.compile(
    r",?\s+(?:has\s+|had\s+)?(?:already\s+|now\s+)?(?:passed|expired|lapsed|elapsed|came\s+and\s+went|went\s+by)\b", re.I
)
_HAD_DONE_AFTER = re.compile(r"(?:\s+(?:evening|morning|night|afternoon))?\s*,?\s*" + CLAUSE_CHAR + r"{0,50}?" + HAD_DONE, re.I)


@slot_init
@dataclass(frozen=True, slots=True)
class DateSpan:
    """A day, month, year or range of days; ``precision`` is day | month | year | range."""

    start: date
    end: date
    precision: str

    def iso(self) -> str:
        """The incident form: "2025-06-15" or "2025-06-14/2025-06-15"."""
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def due(self) -> str:
        """The milestone form, as precise as the text: "2025", "2025-09", "2025-09-30"."""
        if self.precision == "year":
            return f"{self.start.year:04d}"
        if self.precision == "month":  # a quarter or half is due by its last month
            return f"{self.end.year:04d}-{self.end.month:02d}"
        return self.end.isoformat()


@slot_init
@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    span: DateSpan | None
    #: explicit | weekday | relative | period
    kind: str


def day_span(y: int, m: int, d: int) -> DateSpan | None:
    """The one day, or None when the calendar has no such day (30 February)."""
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    return DateSpan(day, day, "day")


def month_span(y: int, m: int) -> DateSpan:
    return DateSpan(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), "month")


def months_after(anchor: date, months: int) -> date:
    """The same day of the month ``months`` later (the month's last day when it is shorter)."""
    y, mo = divmod(anchor.year * 12 + anchor.month - 1 + months, 12)
    return date(y, mo + 1, min(anchor.day, calendar.monthrange(y, mo + 1)[1]))


def stretch_end(start: date, n: int, unit: str) -> date:
    """The day a stretch of ``n`` hours, days, weeks or months from ``start`` ends (whole days only)."""
    if unit == "month":
        return months_after(start, n)
    return start + timedelta(days={"hour": n // 24, "day": n, "week": 7 * n}[unit])


def year_span(y: int) -> DateSpan:
    return DateSpan(date(y, 1, 1), date(y, 12, 31), "year")


def _day_month(g: dict[str, str | None]) -> tuple[int, int] | None:
    """The month and day of an explicit date's match groups (m1/d1 or m2/d2)."""
    mo, dd = g.get("m1") or g.get("m2"), g.get("d1") or g.get("d2")
    return (month_number(mo), day_number(dd)) if mo and dd else None


def month_number(text: str) -> int:
    return _MONTHS[text.lower().rstrip(".")]


_NOT_DIGIT = re.compile(r"\D")


def day_number(text: str) -> int:
    """A day of the month as written ("3rd", "21st", "07", "first"): its number."""
    return _DAY_WORDS.get(text.lower()) or int(_NOT_DIGIT.sub("", text))


def _guess_year(m: int, d: int, published: date | None, forward: bool) -> int | None:
    if published is None:
        return None
    y = published.year
    try:
        candidate = date(y, m, d)
    except ValueError:
        return y
    if forward:
        return y + 1 if candidate < published - timedelta(days=7) else y
    return y - 1 if candidate > published + timedelta(days=7) else y


def _weekday(wd: int, published: date | None, forward: bool) -> date | None:
    if published is None:
        return None
    if forward:
        return published + timedelta(days=(wd - published.weekday()) % 7)
    return published - timedelta(days=(published.weekday() - wd) % 7)


def _anchored_year(m: int, d: int, anchor: date, forward: bool) -> int:
    """The year of a yearless day nearest an explicit date the text gave just before it.

    "On Dec. 31, 2024, ... announced the withdrawal by Jan. 31" -> 2025: a deadline falls on or
    after its anchor; anything else takes the year that puts it closest to the anchor.
    """
    options = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if day_span(y, m, d)]
    if forward:
        later = [y for y in options if date(y, m, d) >= anchor - timedelta(days=7)]
        if later:
            return min(later)
    return min(options, key=lambda y: abs((date(y, m, d) - anchor).days))


WEEKDAY_IN = re.compile(WEEKDAY)
#: How many years back a weekday may fix the year of a yearless day: about one turn of the calendar, within
#: which a day falls on each weekday once at most (leap years aside). Further back a second fit comes
#: round, and a weekday that fits none of these years is a slip of the text or an old story: no year.
_WEEKDAY_YEARS = 6


def _weekday_fixed(said: str, g: dict[str, str | None]) -> DateSpan | None:
    """ "Tuesday, February 18" on an undated page: the latest year, up to this one, in which that
    day fell on that weekday (GUIDE.md: a weekday beside a day and month fixes the year)."""
    wd = WEEKDAY_IN.search(said)
    if wd is None:
        return None
    m = month_number(g.get("m1") or g.get("m2") or "")
    d = day_number(g.get("d1") or g.get("d2") or "0")
    this = latest_day().year
    for y in range(this, this - _WEEKDAY_YEARS, -1):
        day = day_span(y, m, d)
        if day and day.start.weekday() == WEEKDAY_NUMBERS[wd.group().lower()] and day.start <= latest_day():
            return day
    return None


def _range_years(
    g: dict[str, str | None], a: DateSpan | None, b: DateSpan | None
) -> tuple[DateSpan | None, DateSpan | None]:
    """The two ends of a range of days, a yearless end's year read from the other end.

    Each end's year was guessed alone: "from May 16 to May 18" told on May 10 after a past verb put the
    18th, more than a week ahead, a year back; "from December 30 to January 2, 2031" put the 30th in the
    year of the report. A yearless end takes the year that puts it nearest the other, on its side.
    """
    if a is None or b is None:
        return a, b
    md_a = _day_month({k: g.get(k + "a") for k in ("m1", "m2", "d1", "d2")})
    md_b = _day_month({k: g.get(k + "b") for k in ("m1", "m2", "d1", "d2")})
    year_a, year_b = g.get("y1a") or g.get("y2a"), g.get("y1b") or g.get("y2b")
    if md_b and not year_b and (year_a or b.start < a.start):
        # the end follows the start: the first such day on or after it
        b = next((x for y in (a.start.year, a.start.year + 1) if (x := day_span(y, *md_b)) and x.start >= a.start), b)
    elif md_a and year_b and not year_a:
        # the start comes before the end: the last such day on or before it
        a = next((x for y in (b.start.year, b.start.year - 1) if (x := day_span(y, *md_a)) and x.start <= b.start), a)
    return a, b


def one_day(
    g: dict[str, str | None],
    sfx: str,
    published: date | None,
    forward: bool | Callable[[], bool],
    anchor: date | None = None,
) -> DateSpan | None:
    """One calendar day; a yearless day-month takes its year from publication, else from ``anchor``.

    ``forward`` (whether the text looks ahead to the day) may be given as a function, asked only where
    the day needs it: a yearless day-month or a weekday. Most days found state their year or are
    written in numbers, and the look-back patterns that tell it are then not searched at all."""

    def get(k: str) -> str | None:
        return g.get(k + sfx)

    if get("m1") or get("m2"):
        m = month_number(get("m1") or get("m2") or "")
        d = day_number(get("d1") or get("d2") or "0")
        ys = get("y1") or get("y2")
        if ys:
            y: int | None = int(ys)
        elif published is None and anchor is not None and 1 <= d <= 31:
            y = _anchored_year(m, d, anchor, _asked(forward))
        else:
            # (no publication day: no year, whichever way the text looks)
            y = None if published is None else _guess_year(m, d, published, _asked(forward))
        return day_span(y, m, d) if y else None
    if get("n1"):
        a, b, y = int(get("n1") or 0), int(get("n2") or 0), int(get("n3") or 0)
        # Day first (15/06/2025) unless that is impossible (06/15/2025).
        return day_span(y, b, a) if b <= 12 else day_span(y, a, b)
    if get("s1"):
        a, b, y = int(get("s1") or 0), int(get("s2") or 0), 2000 + int(get("s3") or 0)
        return day_span(y, a, b) if a <= 12 else day_span(y, b, a)  # month first, unless impossible
    if get("i1"):
        return day_span(int(get("i1") or 0), int(get("i2") or 0), int(get("i3") or 0))
    if get("wd"):
        if published is None:
            return None  # a weekday counts from the publication day alone
        day = _weekday(WEEKDAY_NUMBERS[(get("wd") or "").lower()], published, _asked(forward))
        return DateSpan(day, day, "day") if day else None
    return None


#: After a month a plan was told due by, the month the plan was moved to in the same sentence: "were to
#: leave by September, has been moved to October", "was due in March but was postponed until June".
_MOVED_TO = re.compile(
    # (the plan itself moved, no other thing: "after the vote was moved to July" moves the vote)
    r",?\s+(?:but\s+|and\s+)?(?:(?:it|this|that|the\s+(?:date|deadline|plan|timeline|timetable|phase|step|schedule))\s+)?"
    r"(?:has|had|have|was|were|is)\s+(?:since\s+|now\s+|already\s+)?(?:been\s+)?"
    rf"{_MOVED}\s+(?:back\s+)?(?:to|until|till)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?"
    rf"(?P<m>{MONTH})\b(?!\s*\d)",
    re.I,
)
_MONTH_AT = re.compile(rf"(?:by|in|until|till|for)?\s*(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?(?P<m>{MONTH})\b(?!\s*\d)", re.I)


def _moved_ahead(text: str, pos: int, end: int, published: date) -> bool | None:
    """A yearless month a plan was told due by, that its sentence then moves to a later yearless month
    ("postponed", "moved", "pushed back"): the plan's month is the last one before the month it moved
    to (itself the next one from the page), so whether it still lay ahead of the page. None when the
    sentence moves nothing."""
    old = _MONTH_AT.match(text, pos, end)
    new = _MOVED_TO.match(text, end) if old is not None else None
    if old is None or new is None or "forward" in new.group(0).lower():
        return None  # (a plan brought forward to a month is left as it was read)
    m_old, m_new = month_number(old.group("m")), month_number(new.group("m"))
    year_new = published.year + (m_new < published.month)
    year_old = year_new - (m_old > m_new)
    return (year_old, m_old) >= (published.year, published.month)


def _asked(forward: bool | Callable[[], bool]) -> bool:
    """``forward`` as one_day takes it, worked out now if it was given as a function."""
    return forward if isinstance(forward, bool) else forward()


_SEASONS = frozenset(("spring", "summer", "autumn", "fall", "winter"))
#: A day of the month told alone by its ordinal after a preposition, closing its phrase: "on the 15th",
#: "by the 28th," (not "the 15th of", "the 2nd Battalion", "the 21st century"); tried only at numbers.
_ORDINAL_DAY = re.compile(
    r"(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:at|when|and|as|after|with|under)\b(?!\s+(?:\d|the\s+\d)))"
)
_ORDINAL_OPENER = re.compile(r"\b(?:on|by|until|till|before)\s+the\s+$", re.I)


def _month_day(p: date, day: int, ahead: bool) -> date | None:
    """The day-th of the month before, of or after the report's: the first on or after the report when the
    clause looks ahead, else the nearest; None for a day the month lacks."""
    days = []
    for k in (-1, 0, 1):
        y, mo = divmod(p.year * 12 + p.month - 1 + k, 12)
        try:
            days.append(date(y, mo + 1, day))
        except ValueError:
            continue
    if ahead:
        return next((d for d in days if d >= p), None)
    return min(days, key=lambda d: abs((d - p).days), default=None)


#: A fixed holiday after a bound, told without its year: "by Christmas", "before Christmas Day", "by New Year's Day".
_BY_HOLIDAY = re.compile(
    r"\b(?:by|before|until|till)\s+(?:the\s+)?(?P<h>Christmas(?:\s+Eve|\s+Day)?|New\s+Year['’]s\s+(?:Eve|Day))\b(?!\s+(?:of\s+)?\d)", re.I
)
#: A holiday on a fixed day, told on its own as a day: "on Christmas Eve", "on New Year's Day".
_FIXED_HOLIDAY = re.compile(
    r"\b(?:[Oo]n|[Ee]arly\s+on|[Ll]ate\s+on)\s+(?:the\s+)?(?P<h>Christmas(?:\s+Eve|\s+Day)?|New\s+Year['’]s\s+(?:Eve|Day))\b"
    r"(?!\s+(?:of\s+)?\d)"
)
#: Their days: (month, day).
_HOLIDAY_DAYS = {"christmas": (12, 25), "christmas eve": (12, 24), "christmas day": (12, 25), "new year's eve": (12, 31), "new year's day": (1, 1)}


def _holiday(p: date, name: str, ahead: bool) -> date:
    """The fixed holiday ``name`` nearest ``p`` on its side: the coming one when the clause looks ahead, else the
    last one on or before ``p`` (as a weekday is read)."""
    mo, d = _HOLIDAY_DAYS[" ".join(name.lower().replace("’", "'").split())]
    day = date(p.year, mo, d)
    if ahead:
        return day if day >= p else date(p.year + 1, mo, d)
    return day if day <= p else date(p.year - 1, mo, d)


#: A season told with no year after "in" or "during": "will leave in the summer", "in early spring".
_SEASON_IN = re.compile(
    r"\b(?:in|during)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?P<season>spring|summer|autumn|fall|winter)\b(?!\s+(?:of\b|\d))", re.I
)
#: The last month of each season in the northern year (a winter is the one that begins in December).
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 12}


def _season_ahead(p: date, season: str) -> DateSpan:
    """The season ahead of ``p``: this year's unless it is over, told by its year alone (GUIDE.md: "fall 2026")."""
    return year_span(p.year + (p.month > _SEASON_END[season.lower()]))
#: A deadline's preposition right before a relative date: "until the end of the week".
_BOUND_BEFORE = re.compile(r"\b(?:by|before|until|till)\s+$", re.I)
_TODAY = frozenset(("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today"))


def _relative(m: re.Match[str], published: date | None) -> DateSpan | None:
    if published is None:
        return None
    # "the current month" is "this month"
    # ("earlier in the week" is told as "earlier this week" is)
    r = " ".join(m.group("r").lower().split()).replace("the current ", "this ").replace("in the week", "this week")
    p = published
    monday = p - timedelta(days=p.weekday())
    first = p.replace(day=1)
    if m.group("wu") or m.group("hu") or m.group("fu") or m.group("hu1"):
        # "within 12 months", "has 60 days to withdraw", "ten days from now": a deadline counted from publication, to the
        # day (the month alone would miss a deadline given to the day; the day also meets one given by its month).
        n = parse_number(m.group("wn") or m.group("hn") or m.group("fn") or "one") or 1
        unit = (m.group("wu") or m.group("hu") or m.group("fu") or m.group("hu1")).lower().rstrip("s")
        days = {"day": n, "week": 7 * n}.get(unit)
        if days is not None:
            due = p + timedelta(days=days)
            return DateSpan(due, due, "day")
        due = months_after(p, n if unit == "month" else 12 * n)
        return DateSpan(due, due, "day")
    if m.group("pu"):
        n = parse_number(m.group("pn")) or 1
        unit = m.group("pu").lower()
        back = -(-n // 24) if unit == "hours" else max(n - 1, 1) * (1 if unit == "days" else 7)
        return DateSpan(p - timedelta(days=back), p, "range")
    if m.group("per"):
        opened = {"month": first, "year": date(p.year, 1, 1), "week": monday}[m.group("per").lower()]
        # its first days (a third of a month or year's first month, a week's first two), none after the report
        last = opened + timedelta(days={"month": 9, "year": 30, "week": 1}[m.group("per").lower()])
        return DateSpan(opened, min(last, p), "range")
    if m.group("u"):
        n = parse_number(m.group("n")) or 1
        unit = m.group("u").lower().rstrip("s")
        if unit == "day":
            d = p - timedelta(days=n)
        elif unit == "week":
            d = p - timedelta(days=7 * n)
        elif unit == "month":
            y, mo = divmod(p.year * 12 + p.month - 1 - n, 12)
            return month_span(y, mo + 1)
        else:
            return year_span(p.year - n)
        return DateSpan(d, d, "day")
    if r in ("yesterday", "last night"):
        d = p - timedelta(days=1)
        return DateSpan(d, d, "day")
    if r in _TODAY or "immediate" in r:  # "effective immediately": as of the report
        return DateSpan(p, p, "day")
    if r == "overnight":
        return DateSpan(p - timedelta(days=1), p, "range")
    if r.endswith(("end of the week", "end of this week", "end of the current week")):
        # "will leave by the end of the week": the week in progress, to its last day; a deadline set on
        # a Sunday ("gave them until the end of the week") is the week ahead, not the day it is set
        if p.weekday() == 6 and (r.startswith(("by ", "before ")) or _BOUND_BEFORE.search(m.string, max(0, m.start() - 8), m.start())):
            monday += timedelta(days=7)
        return DateSpan(monday, monday + timedelta(days=6), "range")
    if r.endswith("end of next week"):
        return DateSpan(monday + timedelta(days=7), monday + timedelta(days=13), "range")
    if r.endswith("past week") or r == "over the last week":  # the seven days up to the report
        return DateSpan(p - timedelta(days=6), p, "range")
    if r.endswith("last week"):
        # "late last week" is its last days (Thursday to Sunday), "early last week" its first three
        first_day = monday - timedelta(days=4 if r.startswith("late") else 7)
        return DateSpan(first_day, monday - timedelta(days=5 if r.startswith("early") else 1), "range")
    if r.endswith("this week"):
        return DateSpan(monday, max(monday, p - timedelta(days=1)) if r.startswith("earlier") else p, "range")
    if r.startswith(("by ", "before ", "until ")) and r.endswith("weekend"):
        # "will leave by the weekend": a deadline is the weekend ahead (the one in progress on a Sunday),
        # where "over the weekend" in a report is the weekend just gone
        saturday = p + timedelta(days=(5 - p.weekday()) % 7) if p.weekday() != 6 else p - timedelta(days=1)
        return DateSpan(saturday, saturday + timedelta(days=1), "range")
    if r.endswith("weekend"):
        sunday = p - timedelta(days=(p.weekday() - 6) % 7)
        return DateSpan(sunday - timedelta(days=1), sunday, "range")
    if r == "last month" or r.endswith("end of last month"):
        prev = first - timedelta(days=1)
        return month_span(prev.year, prev.month)
    if r.endswith("end of the month") or r.endswith("end of this month"):
        return month_span(p.year, p.month)
    if r.endswith("end of next month"):
        y, mo = divmod(p.year * 12 + p.month, 12)
        return month_span(y, mo + 1)
    if r.endswith("end of next year"):
        return month_span(p.year + 1, 12)
    if r.endswith(("year-end", "year end", "year's end", "year’s end")):
        return month_span(p.year, 12)
    if m.group("season"):
        return _season_ahead(p, m.group("season"))
    if r.startswith(("next ", "this ")) and r.split()[1] in _SEASONS:
        return year_span(p.year + (r.startswith("next")))  # a season says only its year (GUIDE.md)
    if r.startswith("last ") and r.split()[1] in _SEASONS:
        # the latest such season over before the report: this year's once it has ended ("last summer" in
        # October), else the year before's ("last summer" in March); a winter is of the year it begins in
        season = r.split()[1]
        return year_span(p.year - (p.month <= _SEASON_END[season] or season == "winter"))
    if r.endswith("this month"):
        if r.startswith("early "):  # its first third, as "early June" is (month_thirds)
            return DateSpan(first, min(p, first + timedelta(days=9)), "range")
        return DateSpan(first, max(first, p - timedelta(days=1)) if r.startswith("earlier") else p, "range")
    if r == "last year":
        return year_span(p.year - 1)
    if r in ("this year", "earlier this year"):
        return DateSpan(date(p.year, 1, 1), p, "range")
    if r == "later this year" or r.endswith("end of the year") or r.endswith("end of this year"):
        return year_span(p.year) if r == "later this year" else month_span(p.year, 12)
    if r == "next week":
        return DateSpan(monday + timedelta(days=7), monday + timedelta(days=13), "range")
    if r == "next month":
        y, mo = divmod(p.year * 12 + p.month, 12)
        return month_span(y, mo + 1)
    if r == "next year":
        return year_span(p.year + 1)
    return None


def _period(m: re.Match[str]) -> DateSpan | None:
    q = " ".join((m.group("q") or "").lower().split())
    y = int(m.group("y") or m.group("yo") or 0)
    if m.group("mo"):
        return None  # resolved by the caller, which knows the year
    if m.group("m"):
        span = month_span(y, month_number(m.group("m")))
        return span
    if m.group("part") and m.group("yo"):
        return _year_part(m, y)
    if "end" in q or "close" in q:
        return month_span(y, 12)
    if "beginning" in q or "start" in q:
        return month_span(y, 1)
    if q.startswith("mid"):
        return month_span(y, 6)
    return year_span(y)


_ORDINALS = ("first", "second", "third", "fourth")


def _year_part(m: re.Match[str], y: int) -> DateSpan:
    """A quarter or half is due by its last month ("by the third quarter of 2030" -> 2030-09); a
    season keeps only its year, as the text is no more precise than that (GUIDE.md: "fall 2026")."""
    quarter = m.group("qd") or m.group("qn")
    if quarter:
        n = int(quarter[0]) if quarter[0].isdigit() else _ORDINALS.index(quarter.lower()) + 1
    elif m.group("half"):
        n = 2 if m.group("half").lower() == "first" else 4
    else:
        return year_span(y)
    last = month_span(y, 3 * n)
    return DateSpan(date(y, 3 * n - 2, 1), last.end, "month")


_DAY_MONTH = re.compile(rf"(?P<m1>{MONTH}){_MONTH_GAP}(?P<d1>{DAY})|(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH})")


def _same_day_elsewhere(text: str, found: list[DateMention]) -> None:
    """On an undated page, a yearless "January 26" is the day the text gives with its year or
    weekday elsewhere ("Sunday (January 26)", "until February 18, 2025"): one story, one calendar."""
    known: dict[tuple[int, int], set[date]] = {}
    loose: list[tuple[int, tuple[int, int]]] = []
    for i, d in enumerate(found):
        if d.kind != "explicit" or (d.span is not None and d.span.precision != "day"):
            continue
        m = _DAY_MONTH.search(text, d.start, d.end)
        if m is None:
            continue
        key = (month_number(m.group("m1") or m.group("m2")), day_number(m.group("d1") or m.group("d2")))
        if d.span is None:
            loose.append((i, key))
        else:
            known.setdefault(key, set()).add(d.span.start)
    for i, key in loose:
        days = known.get(key, ())
        if len(days) == 1:
            (day,) = days
            found[i] = DateMention(found[i].start, found[i].end, DateSpan(day, day, "day"), "explicit")


#: A weekday word at the head of an explicit date: "Sunday, June 5", "on Sunday night (5 June)".
_WEEKDAY_HEAD = re.compile(rf"(?:(?:early|late)\s+(?:on\s+)?|on\s+)?(?P<wd>{WEEKDAY})")


def _weekdays_dated(text: str, found: list[DateMention]) -> None:
    """ "on Sunday, June 5 ... the Sunday service", told on June 16: a bare weekday is the one the story
    tied to its date, a week or two before the one counted back from the report. Only a day the story
    dated with that weekday's name counts; a weekday it never dated still counts from the report."""
    tied: list[tuple[int, date]] = []
    for d in found:
        if d.kind == "explicit" and d.span is not None and d.span.precision == "day":
            head = _WEEKDAY_HEAD.match(text, d.start, d.end)
            if head and WEEKDAY_NUMBERS[head.group("wd").lower()] == d.span.start.weekday():
                tied.append((d.start, d.span.start))
    if not tied:
        return
    for i, d in enumerate(found):
        if d.kind != "weekday" or d.span is None or d.span.precision != "day":
            continue
        day = d.span.start
        # the nearest such day told before the weekday, else after it
        same = [(pos, t) for pos, t in tied if t.weekday() == day.weekday() and (day - t).days in (7, 14)]
        if not same:
            continue
        before = [x for x in same if x[0] < d.start]
        _, t = before[-1] if before else same[0]
        found[i] = DateMention(d.start, d.end, DateSpan(t, t, "day"), d.kind)


#: Words between a weekday and a yearless day that tell two days apart ("a day after", "since", "until").
_OTHER_DAY = re.compile(r"\b(?:after|before|since|later|earlier|until|till|ago|following|previous|prior|next|by)\b", re.I)


#: A number shaped like a year, anywhere ("2023", "in 2021", "2,000" is no year).
_YEAR_SHAPED = re.compile(rf"(?<![\d,.$£€-])\b{YEAR}\b(?![,.]?\d)")
#: How many years back the page's weekdays, told apart from a yearless day, may fix its year: about one
#: turn of the calendar, within which a day falls on each weekday once at most (leap years aside).
_NEAR_YEARS = 6


def weekday_beside(text: str, dates: Sequence[DateMention]) -> tuple[DateMention, ...]:
    """ "Drones hit the tanker on Sunday ... struck it on Feb. 18": on an undated page, an event's yearless
    day whose sentence also names one bare weekday is of the latest year in which it fell on that weekday
    (GUIDE.md: day-month dates with weekdays fix the year). Events only: a deadline's day is not the
    weekday of what its sentence tells."""
    found = list(dates)
    weekdays = [(d.start, WEEKDAY_IN.search(text, d.start, d.end)) for d in found if d.kind == "weekday"]
    if not weekdays:
        return tuple(found)
    latest = latest_day()
    apart: list[tuple[int, int, int, set[int]]] = []
    for i, d in enumerate(found):
        if d.kind != "explicit" or d.span is not None:
            continue
        m = _DAY_MONTH.search(text, d.start, d.end)
        if m is None:
            continue
        named = {
            WEEKDAY_NUMBERS[w.group().lower()]
            for pos, w in weekdays
            if w
            and not _SENTENCE_END.search(text, min(pos, d.start), max(pos, d.start))
            # "on Sunday, a day after it left port on Feb. 17": the days differ
            and not _OTHER_DAY.search(text, min(pos, d.start), max(pos, d.start))
        }
        mo, dd = month_number(m.group("m1") or m.group("m2")), day_number(m.group("d1") or m.group("d2"))
        if not any(w and not _SENTENCE_END.search(text, min(pos, d.start), max(pos, d.start)) for pos, w in weekdays):
            # none in its sentence (one told of another day there bars it): the page's weekdays, where the
            # day fell on one of them in only one of the last few years ("attacked on Sunday" ... "hit it
            # on Feb. 18")
            apart.append((i, mo, dd, _fits(weekdays, mo, dd, latest)))
            continue
        if len(named) != 1:
            continue
        (wd,) = named
        for y in range(latest.year, latest.year - _WEEKDAY_YEARS, -1):
            day = day_span(y, mo, dd)
            if day and day.start <= latest and day.start.weekday() == wd:
                found[i] = DateMention(d.start, d.end, day, d.kind)
                break
    # one story, one year: every such day fits the same one year, and a page that names years
    # names that one among them (a fit outside them is a coincidence of the calendar)
    years = {y for *_, fits in apart for y in fits}
    told = {int(y.group()) for y in _YEAR_SHAPED.finditer(text)}
    if len(years) == 1 and all(fits for *_, fits in apart) and (not told or years <= told):
        (y,) = years
        for i, mo, dd, _ in apart:
            found[i] = DateMention(found[i].start, found[i].end, day_span(y, mo, dd), found[i].kind)
    return tuple(found)


def _fits(weekdays: Sequence[tuple[int, re.Match[str] | None]], mo: int, dd: int, latest: date) -> set[int]:
    """The years, of the last few, in which a day fell on one of a page's weekdays."""
    out = set()
    for _, w in weekdays:
        if w is None:
            continue
        for y in range(latest.year, latest.year - _NEAR_YEARS, -1):
            day = day_span(y, mo, dd)
            if day and day.start <= latest and day.start.weekday() == WEEKDAY_NUMBERS[w.group().lower()]:
                out.add(y)
    return out


#: Whether a folded word may open a date whatever its case: a known opener, or a quarter ("q3"). Asked
#: of every word of every article: one lookup per word in a memo, not two tests (a set, a prefix).
may_open_date = per_word(lambda word: word in _ANY_START or word.startswith("q"))


def date_starts(
    words: Sequence[Token], norms: Sequence[str] | None = None, firsts: Sequence[str] | None = None
) -> dict[str, list[int]]:
    """For each date pattern, the word offsets where it can begin: the only places it is tried.

    Trying a large pattern only at a handful of words (month names, weekdays, numbers, "last",
    "overnight"...) instead of at every character is what keeps date finding cheap. ``norms``: the
    words' folded forms, ``firsts``: their first characters, when the caller has them.
    """
    out: dict[str, list[int]] = {k: [] for k in ("range", "one", "span", "monthrel", "relative", "period")}
    n = len(words)
    # Most words can begin no date: only those that open with a digit, are known openers (month
    # and weekday names among them) or may be a quarter ("Q3") are visited; any other capitalised
    # word opens none. The test runs in C, through map and compress.
    if firsts is None:
        firsts = first_chars(words)
    if norms is None:
        norms = list(map(_NORM, words))
    maybe = map(or_, map(str.isdigit, firsts), map(may_open_date, norms))
    for i in compress(range(n), maybe):
        pos, _, word, low, _ = words[i]
        nxt = words[i + 1][3] if i + 1 < n else ""
        if low in _OPENS_PAIRED and nxt not in _OPENS_BEFORE:
            continue  # "the", "a", "by" before any other word: most visits, and no date opens there
        first = firsts[i]
        digit = first.isdigit()
        cap = first.isupper()
        month = cap and low in _MONTHS
        weekday = cap and low in WEEKDAY_NUMBERS
        if low in ("overnight", "between", "from"):
            out["range"].append(pos)
        if digit or month or weekday or low in _ONE_START or (nxt == "of" and low in _DAY_WORDS) or (low in _DAY_TENS and nxt in _DAY_WORDS):
            out["one"].append(pos)  # a day in words opens one before "of": "the first of April", "the twenty-third of"
        if digit or month:
            out["span"].append(pos)
        if month:
            out["monthrel"].append(pos)
            out["period"].append(pos)
        elif (
            (digit and len(word) == 4)
            or low in _PERIOD_START
            or low in _PART_START
            or (low == "the" and (nxt in _PERIOD_START or nxt in _PART_START))
            or (cap and low[:1] == "q" and len(low) == 2)
        ):
            out["period"].append(pos)
        if (
            low in _REL_START
            or ((digit or low in _COUNT_WORDS) and (nxt in _UNITS or nxt in _ADDED))
            or (
                low in ("by", "at", "before", "over", "the")
                and nxt in ("the", "end", "past", "weekend", "current")
            )
            or (low in ("by", "before", "until", "till") and (nxt in _SEASONS or nxt == "the"))
        ):
            out["relative"].append(pos)
    return out


def _scan(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """Like pattern.finditer(text), but trying only the given start offsets (word starts)."""
    end = -1
    for pos in starts:
        if pos < end:
            continue
        m = pattern.match(text, pos)
        if m and m.end() > m.start():
            end = m.end()
            yield m


#: A weekday that is a person's given name: a family name and an apposition after it ("said Monday Okon, a
#: farmer", "Sunday Adebayo, the local chairman, said"), with no "on", "last" or "early" before it.
_GIVEN_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?,\s+(?:an?|the|who)\s", re.I)
_DAY_BEFORE = re.compile(r"\b(?:on|last|this|next|early|late|by|until|since|from|and|or|to)\s+$", re.I)


def _given_name(text: str, d: DateMention) -> bool:
    """The weekday alone is a person's given name: "said Monday Okon, a farmer" names no day."""
    return (
        WEEKDAY_IN.fullmatch(text, d.start, d.end) is not None
        and _GIVEN_NAME_AFTER.match(text, d.end) is not None
        and _DAY_BEFORE.search(text, max(0, d.start - 10), d.start) is None
    )


def find_dates(
    text: str, published: date | None, starts: dict[str, list[int]] | None = None
) -> list[DateMention]:
    """Every date expression in ``text``, resolved where possible, in text order.

    ``starts`` are the word offsets worth trying (see date_starts); by default every word's.
    """
    if starts is None:
        starts = date_starts(tokens(text))
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(a: int, b: int, span: DateSpan | None, kind: str) -> None:
        taken.append((a, b))
        found.append(DateMention(a, b, span, kind))

    # Without a publication date, a yearless "Jan. 31" may still take the year of an explicit date
    # earlier in its sentence ("On Dec. 31, 2024, he announced the withdrawal by Jan. 31");
    # weekdays and "yesterday" stay unresolved (GUIDE.md).
    marks = (
        []
        if published is not None
        else [(m.start(), d) for m in _YEAR_MARK.finditer(text) if (d := _mark_date(m)) is not None]
    )

    issue = _ISSUE.search(text, 0, _ISSUE_HEAD) if published is None else None
    issued = date(int(issue.group("y")), month_number(issue.group("m")), 1) if issue else None

    def anchor_at(pos: int) -> date | None:
        # Only from the same sentence: a year from a caption or an earlier paragraph misleads.
        before = [(p, d) for p, d in marks if pos - _ANCHOR_REACH <= p < pos]
        if not before or _SENTENCE_END.search(text, before[-1][0], pos):
            return issued
        return before[-1][1]

    def forward_at(pos: int, end: int) -> bool:
        # "was supposed to withdraw by Jan. 26": a deadline told in the past looks back; so does one
        # told passed right after it ("the deadline, Jan. 26, passed", "of Feb. 18 came and went"), and
        # the day a plan was told ("the truce will expire on May 2, officials said on Friday").
        # "gave the rebels until noon on Friday to leave": a deadline given by a weekday looks ahead
        given = bool(GAVE_UNTIL.search(text, max(0, pos - 80), pos) and _WEEKDAY_AT.match(text, pos))
        moved = _moved_ahead(text, pos, end, published) if published is not None and "to" in text[end : end + 200] else None
        if moved is not None:
            return moved  # "were to leave by September, has been moved to October": the plan before the move
        if (
            _SAID_BEFORE.search(text, max(0, pos - 30), pos)
            or (told_past("deadline", text, 0, pos) and not given)
            or told_past("done_by", text, 0, pos)
            or LASTED_UNTIL.search(text, max(0, pos - 110), pos)
            or PASSED_AFTER.match(text, end)
            or _HAD_DONE_AFTER.match(text, end)
        ):
            return False
        if given:
            return True
        if _BOUND_WORD.match(text, pos) and _WOULD_BEFORE.search(text, max(0, pos - 60), pos):
            return True  # "said the troops would be home before Christmas": a bound a reported future looks to
        bound = FORWARD.search(text, max(0, pos - 60), pos)
        # "before Thursday's attack": the word before a possessive day bounds the noun it dates, which
        # may be gone by; only a verb of the future ("will", "due") still sends it ahead
        if bound and _POSSESSIVE_DAY.search(text, pos, end) and _BOUND_WORD.match(bound.group()):
            return False
        return bool(bound)

    for m in (
        *_scan(_RANGE, text, starts["range"]),
        # (tried at every day only where the text holds their words at all: most hold neither)
        *(_scan(_INTO, text, starts["one"]) if "into" in text else ()),
        *(_scan(_NIGHT_OF, text, starts["one"]) if "night of " in text else ()),
        *(_scan(_DASH_RANGE, text, starts["span"]) if "-" in text or "–" in text or "—" in text else ()),
    ):
        if not free(m.start(), m.end()):
            continue
        g = m.groupdict()
        if m.re is _DASH_RANGE and not (
            (g.get("m1a") or g.get("m2a"))
            and (g.get("m1b") or g.get("m2b"))
            and (m.group("b")[:1].isdigit() or m.group("b").startswith(g.get("m1b") or "\0"))
        ):
            # a dash between two weekdays, a day and a clause, or a dateline's day and a sentence that opens
            # on a date ("BEIRUT, March 3 — On March 1, ...") is no stretch of days
            continue
        fwd = cache(partial(forward_at, m.start(), m.end()))  # both ends of a range may ask
        a = one_day(g, "a", published, fwd)
        b = one_day(g, "b", published, fwd)
        if a and b and b.start < a.start and g.get("wda") and g.get("wdb"):
            a = DateSpan(a.start - timedelta(days=7), a.start - timedelta(days=7), "day")
        a, b = _range_years(g, a, b)
        span = DateSpan(a.start, b.end, "range") if a and b and a.start <= b.end else None
        kind = "weekday" if g.get("wda") or g.get("wdb") else "explicit"
        add(m.start(), m.end(), span, kind)
    for m in _scan(_TWO_WEEKDAYS, text, starts["one"]):
        g = m.groupdict()
        fwd = cache(partial(forward_at, m.start(), m.end()))  # both ends of a range may ask
        a = one_day(g, "a", published, fwd)
        b = one_day(g, "b", published, fwd)
        if a and b and b.start < a.start:
            a = DateSpan(a.start - timedelta(days=7), a.start - timedelta(days=7), "day")
        # only two days running: "on Monday and Thursday" tells two days, not the days between
        if a and b and (b.start - a.start).days == 1 and free(m.start(), m.end()):
            add(m.start(), m.end(), DateSpan(a.start, b.end, "range"), "weekday")
    for m in _scan(_OVERNIGHT_INTO, text, starts["range"]):
        if not free(m.start(), m.end()):
            continue
        g = m.groupdict()
        b = one_day(g, "", published, partial(forward_at, m.start(), m.end()))
        span = DateSpan(b.start - timedelta(days=1), b.end, "range") if b else None
        add(
            m.start(),
            m.end(),
            span,
            "weekday" if g.get("wd") and not (g.get("m1") or g.get("m2")) else "explicit",
        )
    for m in _scan(_SPAN_DAYS, text, starts["span"]):
        if not free(m.start(), m.end()):
            continue
        mo = month_number(m.group("m") or m.group("m_"))
        d1 = day_number(m.group("d1") or m.group("d1_"))
        d2 = day_number(m.group("d2") or m.group("d2_") or m.group("d3_"))
        ys = m.group("y") or m.group("y_")
        # (without a publication day no year is guessed, and the look-back that steers a guess is spared)
        y = int(ys) if ys else None if published is None else _guess_year(mo, d1, published, forward_at(m.start(), m.end()))
        a, b = (day_span(y, mo, d1), day_span(y, mo, d2)) if y else (None, None)
        add(
            m.start(),
            m.end(),
            DateSpan(a.start, b.end, "range") if a and b and a.start <= b.end else None,
            "explicit",
        )
    for m in _scan(_ONE, text, starts["one"]):
        if not free(m.start(), m.end()):
            continue
        g = m.groupdict()
        span = one_day(g, "", published, partial(forward_at, m.start(), m.end()), anchor_at(m.start()))
        if (
            span
            and published
            and (mo_day := _day_month(g))
            and not (g.get("y1") or g.get("y2"))
            and (stretch := STRETCH_START.search(text, max(0, m.start() - 80), m.start()))
            and (start := day_span(_anchored_year(*mo_day, published, False), *mo_day))
        ):
            n = parse_number(stretch.group("n")) or 1
            unit = stretch.group("u").lower().rstrip("s")
            ends = stretch_end(start.start, n, unit)
            if ends >= published - timedelta(days=7):
                span = start  # the stretch still runs at the report: it started on the nearest such day
        if (
            span
            and published
            and span.start > published + timedelta(days=7)
            and (mo_day := _day_month(g))
            and not (g.get("y1") or g.get("y2"))
            and _ORDER_GIVEN.search(text, max(0, m.start() - 90), m.start())
            and (near := day_span(_anchored_year(*mo_day, published, False), *mo_day))
        ):
            span = near  # "ordered the troops to leave by January 31", told in March: that January's
        if (
            span
            and published
            and (mo_day := _day_month(g))
            and not (g.get("y1") or g.get("y2"))
            and due_told_past(text, m.start(), m.end())
            and (near := day_span(_told_year(text, m.start(), m.end(), *mo_day, published), *mo_day))
        ):
            span = near  # "was due by December 15", told on 10 November: that December, not the last
        if (
            span
            and published
            and (mo_day := _day_month(g))
            and not (g.get("y1") or g.get("y2"))
            and (year := _story_year(text, m.start(), m.end(), mo_day[0], published, span.start)) is not None
            and (then := day_span(year, *mo_day))
            and not forward_at(m.start(), m.end())  # (a plan's day looks ahead of what it was agreed in)
        ):
            span = then  # "in September 2023 ... On September 19, artillery shelled X": that September's
        if span is None and published is None and (g.get("m1") or g.get("m2")):
            span = _weekday_fixed(m.group(), g)
        if span and m.group().lower().startswith("overnight"):
            nxt = span.start + timedelta(days=1)
            if published is None or nxt <= published:
                span = DateSpan(span.start, nxt, "range")
        if (
            span
            and published
            and g.get("wd")
            and span.start == published - timedelta(days=6)
            and (m.group()[:6].lower() == "early " or _EARLY_BEFORE.search(text, max(0, m.start() - 20), m.start()))
        ):
            # "early Sunday" on a page stamped Saturday: the stamp is a western outlet's day, while the
            # early hours told are already the next day where it happened (not six days before)
            day = published + timedelta(days=1)
            span = DateSpan(day, day, "day")
        if span and published and g.get("wd") and m.group()[:5].lower() == "next ":
            # "next Friday" is the coming one, a week on when told on a Friday
            day = published + timedelta(days=(span.start.weekday() - published.weekday()) % 7 or 7)
            span = DateSpan(day, day, "day")
        if span and published and g.get("wd") and m.group().lower().startswith(("last ", "this past ")) and span.start == published:
            # "last Monday" ("this past Monday") told on a Monday is the one a week before, not the report's own day
            day = published - timedelta(days=7)
            span = DateSpan(day, day, "day")
        kind = "weekday" if g.get("wd") and not (g.get("m1") or g.get("m2")) else "explicit"
        end = m.end()
        if g.get("wd") and kind == "weekday" and (week := _WEEK_AFTER.match(text, end)):
            # "by Friday next week": that weekday of the week told, one date (not the weekday last gone
            # and the whole week beside it)
            span, end, kind = None, week.end(), "relative"
            if published is not None:
                monday = published - timedelta(days=published.weekday())
                day = monday + timedelta(days=7 * _WEEK_SHIFT[week.group("rel").lower()] + WEEKDAY_NUMBERS[g["wd"].lower()])
                span = DateSpan(day, day, "day")
        if (g.get("m1") or g.get("m2")) and not (g.get("y1") or g.get("y2")) and published is not None:
            # "until March 5 next year": the year told after the day and month
            rel = _DAY_REL_YEAR.match(text, end)
            if rel and (mo_day := _day_month(g)) is not None:
                shift = {"last": -1, "this": 0, "next": 1}[rel.group("rel").lower()]
                span, end = day_span(published.year + shift, *mo_day) or span, rel.end()
        add(m.start(), end, span, kind)
    for m in _scan(_MONTH_REL, text, starts["monthrel"]):
        if free(m.start(), m.end()) and published is not None:
            shift = {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
            part = _MONTH_PART_BEFORE.search(text, max(0, m.start() - 24), m.start())
            start = part.start() if part and free(part.start(), m.start()) else m.start()
            add(start, m.end(), month_span(published.year + shift, month_number(m.group("m"))), "period")
    for m in _scan(_PART_REL, text, starts["period"]):
        q = (m.group("q") or "").lower()
        if not (m.group("part") or (q and "end" not in q and "close" not in q)) or not free(m.start(), m.end()):
            continue  # "next year" alone and "(by) the end of next year" are the relative dates'
        if m.group("the") is not None and not _PART_OF_THE_YEAR.match(q + (m.group("part") or "").lower()):
            continue  # "the start of the year" may be any year the story tells; a half, quarter or middle is ahead
        if m.group("the") is not None and YEAR_TOLD.search(text, text.rfind(". ", 0, m.start()) + 1, m.start()):
            continue  # "In 2019 ... by mid-year": the year is that one, not the report's
        span = None
        if published is not None:
            y = published.year + {"last": -1, "this": 0, "next": 1, None: 0}[(m.group("rel") or "").lower() or None]
            if m.group("part"):
                span = _year_part(m, y)
            elif "end" in q or "close" in q:
                span = month_span(y, 12)
            elif "beginning" in q or "start" in q:
                span = month_span(y, 1)
            else:  # "mid-", "the middle of"
                span = month_span(y, 6)
        add(m.start(), m.end(), span, "period")  # told from the report, as "next year" alone
    for m in _scan(_RELATIVE, text, starts["relative"]):
        if not m.group("pu") and _DURATION.search(text, max(0, m.start() - 16), m.start()):
            continue  # "over the next year" is a stretch of time, not a date ("over the last three days" runs to the report)
        if free(m.start(), m.end()):
            # "within 60 days of the truce taking effect" counts from the truce, not the report:
            # lapses.anchored dates it when the story dates the truce
            of_event = m.group("wu") and OF_EVENT.match(text, m.end())
            add(m.start(), m.end(), None if of_event else _relative(m, published), "relative")
    # a season a clause of the future tells ("will leave in the summer") is the season ahead; told
    # otherwise ("fought in the summer") it may be one gone by, and stays unread
    if published is not None and any(w in text for w in _SEASONS):
        for m in _SEASON_IN.finditer(text):
            if free(m.start(), m.end()) and forward_at(m.start(), m.end()):
                add(m.start(), m.end(), _season_ahead(published, m.group("season")), "relative")
    # a holiday a bound looks ahead to: "will be home by Christmas" is the coming 25 December ("left
    # before Christmas", told gone by, is not)
    if published is not None and ("Christmas" in text or "New Year" in text):
        for m in _BY_HOLIDAY.finditer(text):
            if free(m.start(), m.end()) and forward_at(m.start(), m.end()):
                day = _holiday(published, m.group("h"), True)
                add(m.start(), m.end(), DateSpan(day, day, "day"), "relative")
        for m in _FIXED_HOLIDAY.finditer(text):
            if free(m.start(), m.end()):
                day = _holiday(published, m.group("h"), forward_at(m.start(), m.end()))
                add(m.start(), m.end(), DateSpan(day, day, "day"), "relative")
    # a day of the month told alone ("will leave on the 15th"): the next such day when the clause looks
    # ahead, else the nearest
    if published is not None:
        for m in _scan(_ORDINAL_DAY, text, starts["span"]):
            opened = _ORDINAL_OPENER.search(text, max(0, m.start() - 16), m.start())
            if opened and free(opened.start(), m.end()):
                day = _month_day(published, int(m.group("d")), forward_at(opened.start(), m.end()))
                if day is not None:
                    add(opened.start(), m.end(), DateSpan(day, day, "day"), "relative")  # told from the report's month
    for m in _scan(_PERIOD, text, starts["period"]):
        if not free(m.start(), m.end()):
            continue
        if m.group("mr"):
            if published is not None:
                shift = {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
                add(
                    m.start(),
                    m.end(),
                    month_span(published.year + shift, month_number(m.group("mr"))),
                    "period",
                )
            continue
        if m.group("mo"):
            window = None if m.group("q") else _MONTH_WINDOW.match(text, m.end())
            if window and not _WINDOW_OPENER.search(text, max(0, m.start() - 9), m.start()):
                window = None
            if window and published is not None:
                # "between June and September": the window is done by its last month (as "between June
                # and September 2025" is), the first end taking the year the last one does
                mo1, mo2 = month_number(m.group("mo")), month_number(window.group("m"))
                if window.group("y"):
                    y2 = int(window.group("y"))
                else:
                    y2 = published.year + (forward_at(m.start(), window.end()) and mo2 < published.month)
                if mo1 < mo2 and (window.group("y") or forward_at(m.start(), window.end())):
                    add(m.start(), window.end(), month_span(y2, mo2), "period")
                    continue
            if (
                not m.group("q")
                and not _MONTH_ALONE_OK.search(text, max(0, m.start() - 24), m.start())
                and not (text[m.start()].isupper() and _MONTH_AFTER_MONTH.search(text, max(0, m.start() - 40), m.start()))
                and not (
                    _MONTH_NAMES_A.search(text, max(0, m.start() - 7), m.start())
                    and _THEN_NOUN.match(text, m.end())
                )
            ):
                continue
            rel = None if m.group("q") else _MONTH_REL_BEFORE.search(text, max(0, m.start() - 12), m.start())
            start = rel.start() if rel and free(rel.start(), m.start()) else m.start()
            if published is None:
                add(start, m.end(), None, "period")
                continue
            mo = month_number(m.group("mo"))
            y = published.year
            word = rel.group("rel").lower() if rel else ""
            if word in ("next", "coming"):
                y += mo <= published.month  # the first such month after the report's
            elif word.endswith("last") or word.endswith("past"):
                y -= mo >= published.month  # the latest such month before the report's
            elif word == "this":
                pass  # the report's year
            elif due_told_past(text, m.start(), m.end()):
                y = _told_year(text, m.start(), m.end(), mo, 15, published)  # "was due in October", told in November: that October
            elif (fwd := forward_at(m.start(), m.end()) and not _made_thing(text, m)) and mo < published.month:
                y += 1
            elif not fwd and mo > published.month:
                y -= 1
            add(start, m.end(), month_span(y, mo), "period")
            continue
        yo = m.group("yo")
        if (
            yo
            and not m.group("q")
            and not m.group("part")
            and (not _YEAR_PREP.search(text, max(0, m.start() - 24), m.start()) or _counted(text, m.start(), m.end()))
            and not (
                _YEAR_NAMES_A.search(text, max(0, m.start() - 24), m.start()) and _YEAR_NAMES_EVENT.match(text, m.end())
            )
            and not (_YEAR_IN_WAR_BEFORE.search(text, max(0, m.start() - 24), m.start()) and _YEAR_WAR.match(text, m.end()))
        ):
            continue  # a bare number like "2025" is a year only after a preposition
        add(m.start(), m.end(), _period(m), "period")
    found.sort(key=lambda d: d.start)
    found[:] = [d for d in found if not (d.kind == "weekday" and _given_name(text, d))]
    if published is None:
        _same_day_elsewhere(text, found)
    _weekdays_dated(text, found)
    for i, d in enumerate(found):
        if d.span and published and not _DEADLINE_AFTER.match(text, d.end) and (
            SINCE_BEFORE.search(text, max(0, d.start - 12), d.start) or _SINCE_DEED.search(text, max(0, d.start - 90), d.start)
        ):
            start = d.span.start
            if start > published and not YEAR_WRITTEN.search(text, d.start, d.end):
                # "since Oct. 8" on a page of October 1: a stretch up to the report starts before it, the
                # year before (a yearless day is otherwise taken as this year's, even a week ahead)
                start = _year_before(start)
            found[i] = DateMention(d.start, d.end, DateSpan(start, max(start, published), "range"), "since")
    return found


#: A year written in a date's words ("Oct. 8, 2023").
YEAR_WRITTEN = re.compile(r"\b\d{4}\b")


def _made_thing(text: str, m: re.Match[str]) -> bool:
    """A month alone that names a deal, truce or blow it dates (_MONTH_NAMES_MADE): "the November ceasefire"."""
    return bool(_MONTH_NAMES_A.search(text, max(0, m.start() - 7), m.start()) and _MONTH_NAMES_MADE.match(text, m.end()))


def _year_before(day: date) -> date:
    """The same day a year earlier (February 29 becomes the 28th)."""
    return day.replace(year=day.year - 1, day=min(day.day, 28) if (day.month, day.day) == (2, 29) else day.day)


def yearless_near(text: str, d: DateMention, anchor: date | None, year: int | None = None) -> DateSpan | None:
    """A yearless day or month ("by Jan. 26", "in September") that an undated page left unresolved,
    given the year of a date the story told with its year: the year nearest ``anchor`` (a deadline
    on or after it), else the page's one ``year``. None for anything else (weekdays, relative days)."""
    one = _ONE.match(text, d.start, d.end)
    if one is not None and one.end() == d.end and (one.group("m1") or one.group("m2")):
        g = one.groupdict()
        if anchor is not None:
            return one_day(g, "", None, bool(FORWARD.search(text, max(0, d.start - 60), d.start)), anchor)
        day = day_number(g["d1"] or g["d2"] or "0")
        return day_span(year, month_number(g["m1"] or g["m2"]), day) if year else None
    period = _PERIOD.match(text, d.start, d.end)
    if period is None or not period.group("mo") or period.end() != d.end:
        return None
    mo = month_number(period.group("mo"))
    if anchor is not None:
        y = _anchored_year(mo, 1, anchor, bool(FORWARD.search(text, max(0, d.start - 60), d.start)))
    elif year:
        y = year
    else:
        return None
    return month_span(y, mo)


def latest_told(text: str, full: bool = False) -> date | None:
    """The latest date ``text`` tells with its year ("June 24, 2025", "November 2024"; only days when
    ``full``), up to the latest day a text may mean; None when it tells none."""
    latest = latest_day()
    return max(
        (
            d
            for m in _YEAR_MARK.finditer(text)
            if (not full or m.group("d") or m.group("d2")) and (d := _mark_date(m)) is not None and d <= latest
        ),
        default=None,
    )


def told_years(text: str, found: Sequence[DateMention]) -> tuple[DateMention, ...]:
    """On an undated page, a yearless day or month ("on June 22", "in December") takes the year that
    puts it nearest the date the page last gave with its year before it ("June 24, 2025" ... "on June
    22" -> 2025): one story, told in one stretch of time. Weekdays and relative days stay unresolved."""
    if all(d.span is not None for d in found):
        return tuple(found)
    latest = latest_day()
    marks = [
        (m.start(), d, bool(m.group("d") or m.group("d2")))
        for m in _YEAR_MARK.finditer(text)
        if (d := _mark_date(m)) is not None and d <= latest
    ]
    # Marks are in text order: each date finds its own by bisection, not by reading them all.
    at = [pos for pos, _, _ in marks]
    full = [(pos, day) for pos, day, is_full in marks if is_full]
    full_at = [pos for pos, _ in full]
    out = []
    measured: int | None = None  # read once, and only for a day no date with its year anchors
    for d in found:
        anchor = None
        if d.span is None and d.kind in ("explicit", "period"):
            i = bisect_left(at, d.start)
            if i:
                anchor = marks[i - 1][1]
            else:
                # told before the page's first date with its year: the first full day after it (an
                # embedded post's stamp under the lead), not a month ("since February 2022")
                j = bisect_right(full_at, d.start)
                anchor = full[j][1] if j < len(full) else None
        span = yearless_near(text, d, anchor, None) if anchor else None
        if span is None and anchor is None and d.span is None and d.kind in ("explicit", "period"):
            if measured is None:
                measured = _measured_year(text, latest)
            span = yearless_near(text, d, None, measured) if measured else None
        out.append(DateMention(d.start, d.end, span, d.kind) if span is not None else d)
    return tuple(out)


#: An event measured within a year: "the deadliest attack on civilians in 2023", "the worst bombing of the
#: city in 2019". On an undated page with no date told with its year, the year a yearless day falls in.
#: The superlatives that measure one event against others ("the deadliest attack ... in 2023").
SUPERLATIVE = r"(?:deadliest|worst|bloodiest|biggest|largest|heaviest)"
_MEASURED_YEAR = re.compile(
    r"\b" + SUPERLATIVE + r"\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:attacks?|strikes?|airstrikes?|bombings?|shellings?|raids?|assaults?|shootings?|blasts?|explosions?|massacres?)\b"
    r"[^.;:!?]{0,60}?\bin\s+(?P<y>(?:19|20)\d\d)\b",
    re.I,
)


def _measured_year(text: str, latest: date) -> int:
    """The year the page measures an event within, when it names one no later than ``latest``; else 0."""
    m = _MEASURED_YEAR.search(text)
    return int(m.group("y")) if m is not None and int(m.group("y")) <= latest.year else 0


#: A date told from the story's own last date, not the report's: "the previous year", "the following
#: day", "two days later", "a month earlier" ("the day before the vote" counts from an event: left).
_STORY_SHIFT = guarded(
    re.compile(
        r"\b(?:the\s+(?P<d1>previous|preceding|following)\s+(?P<u1>day|week|month|year|morning|afternoon|evening)"
        r"|the\s+(?P<d2>next)\s+(?P<u2>day|morning|afternoon|evening)"
        r"|the\s+(?P<u3>day|week|month|year)\s+(?P<d3>before|after)(?![ \t]+(?:the|a|an|his|her|its|their|this|that|[A-Z\d]))"
        r"|(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<u4>days?|weeks?|months?|years?)\s+"
        r"(?P<d4>earlier|later)"
        # the very day: "the same day", "later that night", "hours later" (a shift of no day)
        r"|(?P<z>(?:the|that)\s+same\s+(?:day|morning|afternoon|evening|night)|(?:hours|minutes)\s+(?:later|earlier)"
        r"|later\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)|later\s+in\s+the\s+day))\b",
        re.I,
    )
)
_SHIFT_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
#: A stretch told as a bound, not a count: "less than two weeks after", "under a week later", "nearly ten
#: days before" (and the slip "less that"): what it dates lies on one of the days up to it, not on its day.
BOUNDED_STRETCH = re.compile(
    r"\b(?:less\s+tha[nt]|fewer\s+than|under|within|nearly|almost|barely|not\s+even|just\s+under)\s*$",
    re.I,
)
#: How far back (characters) the date a shift counts from may be told.
_SHIFT_REACH = 600


#: Word pairs one of which every shift holds: the pattern, which may open on "the", "a" or a digit,
#: scans a text only where one is found (most texts hold none; the scan cost 2% of an extraction).
_SHIFT_KEYS = tuple(
    ["previous ", "preceding ", "next day"]
    + [f"{w} {p}" for w in ("next", "following") for p in ("morning", "afternoon", "evening")]
    + [f"following {u}" for u in ("day", "week", "month", "year")]
    + [f"{u}{s} {d}" for u in ("day", "week", "month", "year") for s in ("", "s") for d in ("before", "after", "earlier", "later")]
)


#: ... and one every shift to the very day holds ("the same day", "hours later", "later that night").
_SAME_DAY_KEYS = ("same ", "hours later", "minutes later", "hours earlier", "minutes earlier", "later that ", "later in the day")
_SHIFT_UNITS = tuple(f"{u}{s}" for u in ("day", "week", "month", "year") for s in ("", "s"))
#: A part of a day told as a shift counts as its day: "On Sunday, 25 August ... The previous morning, gunmen
#: stormed the village" -> 24 August.
_DAY_PARTS = ("morning", "afternoon", "evening")
_SHIFT_TAILS = (" before", " after", " earlier", " later")


def shift_told(lower: str) -> bool:
    """Whether the lower-cased text holds any of _SHIFT_KEYS, in eight scans of it instead of one per key
    (forty): a unit's pair is found from the few places its second word is, by what ends before it."""
    if "previous " in lower or "preceding " in lower or "next day" in lower or any(k in lower for k in _SAME_DAY_KEYS):
        return True
    if any(f"next {p}" in lower for p in _DAY_PARTS):
        return True
    for tail in _SHIFT_TAILS:
        at = lower.find(tail)
        while at >= 0:
            if lower.endswith(_SHIFT_UNITS, 0, at):
                return True
            at = lower.find(tail, at + 1)
    at = lower.find("following ")
    while at >= 0:
        if lower.startswith(_SHIFT_UNITS[::2] + _DAY_PARTS, at + 10):
            return True
        at = lower.find("following ", at + 1)
    return False


def _shifts(text: str) -> list[re.Match[str]]:
    """_STORY_SHIFT's matches in ``text``, in order."""
    lower = lower_of(text)  # (the article's, made once for all its patterns)
    return list(_STORY_SHIFT.finditer(text)) if shift_told(lower) else []


def story_shifted(text: str, found: Sequence[DateMention]) -> tuple[DateMention, ...]:
    """Dates told as a shift from the story's last date ("in November 2023 ... the previous year" ->
    2022; "on 3 May ... two days later" -> 5 May), added to ``found`` in text order. A day or week
    shifts a day; a month or year shifts its month or year. With no date told before, nothing."""
    out = list(found)
    added = False
    for m in _shifts(text):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        before = [d for d in found if d.span is not None and d.end <= m.start() and d.kind != "since"]
        # (the very day reaches further back: the story's last day told, whatever was said since, is the one meant)
        if not before or m.start() - before[-1].end > _SHIFT_REACH * (2 if m.group("z") else 1):
            continue
        anchor = before[-1].span
        unit = (m.group("u1") or m.group("u2") or m.group("u3") or m.group("u4") or "day").lower().rstrip("s")
        unit = "day" if unit in _DAY_PARTS else unit
        word = (m.group("d1") or m.group("d2") or m.group("d3") or m.group("d4") or "later").lower()
        count = "0" if m.group("z") else (m.group("n") or "one").lower()
        n = _SHIFT_COUNTS[count] if count in _SHIFT_COUNTS else int(count)
        sign = -1 if word in ("previous", "preceding", "before", "earlier") else 1
        span: DateSpan | None = None
        if unit in ("day", "week") and anchor.precision == "day":
            day = anchor.start + timedelta(days=sign * n * (7 if unit == "week" else 1))
            span = DateSpan(day, day, "day")
            if m.group("n") and BOUNDED_STRETCH.search(text, max(0, m.start() - 30), m.start()):
                # "less than a week later": one of the days up to the bound, not the bound's own day
                near = anchor.start + timedelta(days=sign)
                span = DateSpan(min(near, day), max(near, day), "range")
        elif unit == "month" and anchor.precision in ("day", "month"):
            first = months_after(anchor.start.replace(day=1), sign * n)
            span = month_span(first.year, first.month)
        elif unit == "year" and anchor.precision in ("day", "month", "year"):
            span = year_span(anchor.start.year + sign * n)
        if span is not None:
            out.append(DateMention(m.start(), m.end(), span, "relative"))
            added = True
    return tuple(sorted(out, key=attrgetter("start"))) if added else tuple(found)


#: A past year that frames its sentence's later yearless day or month: opening it ("In 2014, ...", "During the
#: 2020 war, ...") or dating a clause the day's own clause is joined to ("began its campaign in 2014, and in August").
_FRAME_OPEN = re.compile(r"(?:^|[.!?][\"'”’)]?\s+|\n\s*)(?:In|During|Throughout)\s+(?:the\s+)?$")
_FRAME_TAIL = re.compile(r"(?:\s+[a-z][\w-]*){0,3},")
_FRAME_IN = re.compile(r"\bin\s+$")
_FRAME_JOINED = re.compile(r",?\s+and\s+(?:then\s+|later\s+)?(?:(?:in|on)\s+)?(?:(?:early|late|mid)[\s-]+)?")


def framed_years(text: str, found: Sequence[DateMention]) -> tuple[DateMention, ...]:
    """ "During the 2020 war, Azerbaijani forces struck ... on September 27": a yearless day or month after a
    past year that frames its sentence lies in that year, not in the one before the report."""
    years = [d for d in found if d.kind == "period" and d.span is not None and d.span.precision == "year" and d.end - d.start == 4]
    if not years:
        return tuple(found)
    out = list(found)
    for i, d in enumerate(found):
        s = d.span
        if s is None or s.precision not in ("day", "month") or (s.start != s.end and s.precision == "day"):
            continue
        y = next((x for x in reversed(years) if x.end <= d.start and x.span.start.year < s.start.year), None)
        if y is None or YEAR_WRITTEN.search(text, d.start, d.end) or _SENTENCE_END.search(text, y.end, d.start):
            continue
        opens = _FRAME_OPEN.search(text, max(0, y.start - 20), y.start)
        framed = (opens and _FRAME_TAIL.match(text, y.end)) or (
            _FRAME_IN.search(text, max(0, y.start - 4), y.start) and _FRAME_JOINED.fullmatch(text, y.end, d.start)
        )
        if not framed:
            continue
        year = y.span.start.year
        span = month_span(year, s.start.month) if s.precision == "month" else day_span(year, s.start.month, s.start.day)
        if span is not None:
            out[i] = DateMention(d.start, d.end, span, d.kind)
    return tuple(out)


#: A part of a month told at or right before its name: "late June", "mid-March", "the end of last month".
_THIRD_AT = re.compile(
    r"\b(?:(?:the\s+)?(?P<w>end|close|beginning|start|middle)\s+of\s+(?:the\s+)?|(?P<a>early|late|mid)(?:-\s*|\s+)"
    # a week of it by its place: "the first week of March", "in the last week of June"
    r"|(?:the\s+)?(?P<wk>first|second|third|fourth|last|final)\s+week\s+of\s+)",
    re.I,
)
#: The first day of each week of a month by its place (the last week: its last seven days).
_WEEK_FIRST_DAY = {"first": 1, "second": 8, "third": 15, "fourth": 22}
_THIRD_BEFORE = re.compile(_THIRD_AT.pattern + r"$", re.I)
#: How many months before the story's own a part of a month still pins its third.
_THIRD_MONTHS = 2


def month_thirds(text: str, found: Sequence[DateMention], story: date | None) -> tuple[DateMention, ...]:
    """ "struck in late June", "a raid in mid-March": an event of the story's last few months told in a
    part of a month happened in that third of it (days 1-10, 11-20, 21 to the end), not anywhere in the
    month. A month long past ("took the port in late April", told in September) keeps its month: told
    from afar, the part is loose. Events only: a plan due "by the end of June" keeps its month
    (GUIDE.md: a due date at the text's own precision)."""
    out = list(found)
    for i, d in enumerate(found):
        s = d.span
        if s is None or s.precision != "month":
            continue
        m = _THIRD_AT.match(text, d.start, d.end) or _THIRD_BEFORE.search(text, max(0, d.start - 24), d.start)
        if m is None:
            continue
        if m.group("wk"):
            # a week of the month is told precisely, however long ago
            first = _WEEK_FIRST_DAY.get(m.group("wk").lower(), s.end.day - 6)
            out[i] = DateMention(d.start, d.end, DateSpan(s.start.replace(day=first), s.start.replace(day=first + 6), "range"), d.kind)
            continue
        if story is not None and (story.year - s.start.year) * 12 + story.month - s.start.month > _THIRD_MONTHS:
            continue
        word = (m.group("w") or m.group("a")).lower()
        if word in ("beginning", "start", "early"):
            a, b = 1, 10
        elif word in ("middle", "mid"):
            a, b = 11, 20
        else:
            a, b = 21, s.end.day
        out[i] = DateMention(d.start, d.end, DateSpan(s.start.replace(day=a), s.start.replace(day=b), "range"), d.kind)
    return tuple(out)


#: The sign-off of an embedded post right before its date: "— Name (@handle) March 3, 2025".
_POST_SIGN = re.compile(r"[—–-]{1,2}[^\n—–]{0,80}\(@\w+\)\s*$")


def post_relative(
    text: str, found: Sequence[DateMention], starts: dict[str, list[int]]
) -> tuple[DateMention, ...]:
    """ "Drones hit the Kremlin last night" in a post signed "— Name (@handle) May 3, 2023": on an undated
    page, a relative day or weekday the post itself tells counts from the day it was signed."""
    signs = [
        (d, m.start())
        for d in found
        if d.kind == "explicit" and d.span is not None and d.span.precision == "day"
        and (m := _POST_SIGN.search(text, max(0, d.start - 90), d.start))
    ]
    if not signs:
        return tuple(found)
    out = list(found)
    for d, dash in signs:
        # the post: its own line before the sign-off, or the line above when the sign-off opens one
        line = text.rfind("\n", 0, dash) + 1
        body = text.rfind("\n", 0, line - 1) + 1 if not text[line:dash].strip() else line
        loose = [i for i, x in enumerate(out) if body <= x.start < dash and x.span is None and x.kind in ("relative", "weekday")]
        if not loose:
            continue
        told = {(x.start, x.end): x for x in find_dates(text, d.span.start, starts)}
        for i in loose:
            x = told.get((out[i].start, out[i].end))
            if x is not None and x.span is not None:
                out[i] = DateMention(out[i].start, out[i].end, x.span, out[i].kind)
    return tuple(out)
