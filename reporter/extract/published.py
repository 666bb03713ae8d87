"""The publication date of an article, as far as its text alone fixes it.

A stamp line ("Published: 15 June 2025") or a date line at the top wins. Otherwise the latest
weekday-anchored date ("Sunday, June 15") or dateline date, with a missing year chosen among the
years the text mentions so that the weekday agrees. Nothing anchored gives None, never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from urllib.parse import urlsplit

from reporter.extract.dates import (
    DAY,
    FORWARD,
    MONTH,
    NUMERIC_DATE,
    WEEKDAY,
    WEEKDAY_IN,
    WEEKDAY_NUMBERS,
    YEAR,
    DateMention,
    day_number,
    day_span,
    latest_day,
    month_number,
    one_day,
)
from reporter.extract.month_names import FOREIGN_MONTH, foreign_month_number
from reporter.extract.prefilter import Prefiltered, guarded
from reporter.extract.text import CLOCK_STAMP, words

#: A month's name in English or, for a page's own date, in another language ("julho", "Juli").
_MONTH_ANY = rf"(?:{MONTH}|{FOREIGN_MONTH})"


def _month_no(name: str) -> int:
    return foreign_month_number(name) or month_number(name)


_WEEKDAY_DATE = re.compile(
    rf"(?P<wd>{WEEKDAY})(?:,?\s+|\s*\(\s*)(?:(?P<m1>{MONTH})\s+(?P<d1>{DAY})|(?P<d2>{DAY})\s+(?P<m2>{MONTH}))(?:,?\s+(?P<y>{YEAR}))?(?!\d)"
)
#: A dateline's place: "KYIV, ", "Gaza City, Gaza Strip, ", "JERUSALEM — ", "KYIV, Ukraine (AP) — "; not a
#: sentence's opening words ("On Monday, June 23 ...").
_PLACE = (
    r"(?!(?:On|In|At|By|Since|Until|From|Earlier|Later|Last|This|Late|Early|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday)\b)[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'/-]*(?:[ ][A-Za-zÀ-ÖØ-öø-ÿ.'/-]+){0,3}"
    r"(?:\s*,\s*|\s+\([A-Za-z .]+\)\s*[-–—]+\s*|\s+[-–—]+\s*)"
)
_DATE_END = r"\s*(?:\(|[-–—]|\.\s*/|:\s)"
#: A dateline that carries the page's day: "KYIV, June 3 (AP) —", "Gaza City, 3 June 2025 -".
_DATED_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>(?:{_PLACE})*)(?:(?P<m>{_MONTH_ANY})\s+(?P<d>{DAY})(?:,\s*(?P<y>{YEAR}))?"
    # "22 de julho de 2025", "22. Juli 2025": the other languages' day-first forms
    rf"|(?P<dd>{DAY})\.?\s+(?:de\s+)?(?P<mm>{_MONTH_ANY})(?:,?\s*(?:de\s+)?(?P<yy>{YEAR}))?){_DATE_END}",
    re.M,
)
_NUMERIC_DATELINE = re.compile(rf"^[ \t]*(?:{_PLACE})+(?:{NUMERIC_DATE}){_DATE_END}", re.M)
_AHEAD = re.compile(
    r"\b(?:will|would|scheduled|expected|due|planned|set\s+to|until|by|before|next|upcoming|ahead\s+of)\b[^.;]*$",
    re.I,
)
# "confirming today, October 29, 2025": the text names its own day.
_TODAY = Prefiltered(
    re.compile(
        rf"\btoday,?\s+\(?(?:{WEEKDAY},?\s+)?(?:(?P<m1>{MONTH})\s+(?P<d1>{DAY}),?\s+(?P<y1>{YEAR})"
        rf"|(?P<d2>{DAY})\s+(?P<m2>{MONTH}),?\s+(?P<y2>{YEAR}))"
    )
)
# "As of 7:40 a.m. GMT on March 2, 2024, the calm holds": a clock and a date the text writes at.
_AS_OF = Prefiltered(
    re.compile(
        rf"\b[Aa]s of\s+\d{{1,2}}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{{2,4}}\s+)?(?:on\s+)?(?:{WEEKDAY},?\s+)?"
        rf"(?:(?P<m1>{MONTH})\s+(?P<d1>{DAY}),?\s+(?P<y1>{YEAR})|(?P<d2>{DAY})\s+(?P<m2>{MONTH}),?\s+(?P<y2>{YEAR}))"
    )
)
#: What follows a four-digit 24-hour clock: a time zone, "hrs", "hours", "local time".
_CLOCK_ZONE = r"(?:GMT|UTC|Z\b|hrs?\b|hours\b|local\s+time|(?:[A-Z]{2}T|IST|PKT|CET|WAT|EAT|CAT)\b)"
#: A year the text names; not a 24-hour clock ("hit at 1945 GMT", "at 2030 hrs local time").
_YEARS = guarded(re.compile(rf"(?<![\d,.])(?P<y>{YEAR})(?!\d|,\d|\s*{_CLOCK_ZONE})"))
_SINCE_YEAR = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.I)
_FUTURE_YEAR = re.compile(
    r"\b(?:by|until|till|before|through|end of|next|in early|in late)\s+(?:the\s+)?(?:\w+\s+)?$", re.I
)
#: A year worn by a deed of violence as its name ("the 2016 truck attack", "a 2021 bombing", "the 2007
#: surge"): the deed is history to the story, which is told in a later year. Such a year is no
#: candidate for a yearless dateline, and no year before it is either.
_HISTORIC_YEAR = re.compile(
    rf"(?:\b(?:the|an?)|['’]s)\s+(?P<y>{YEAR})\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    r"(?:attacks?|bombings?|strikes?|surge|war|invasion|blast|explosions?|uprising|coup|massacre|shootings?|raids?|"
    r"offensive|killings?|assaults?|siege|ambush|downing|hijacking|revolution|incursion)\b"
)
#: "the fifth anniversary of", "six years since": the story is that many years after the deed it names,
#: whose year the text gives ("two years after" is as often a step in the deed's own history).
_YEARS_ON = re.compile(
    r"\b(?P<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|\d{1,2}(?:st|nd|rd|th))\s+anniversary\b"
    r"|\b(?P<k>two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,2})\s+years\s+since\b",
    re.I,
)
#: The years those words count.
_YEAR_COUNT = {
    **{w: n for n, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"), 1)},
    **{w: n for n, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 1)},
    "twenty": 20,
    "twentieth": 20,
}


def _years_on(text: str) -> int | None:
    """How many years after the deed it marks a story says it is told (_YEARS_ON), if it says so once."""
    found = set()
    for m in _YEARS_ON.finditer(text, 0, 3000):
        n = (m.group("n") or m.group("k")).lower()
        found.add(_YEAR_COUNT[n] if n.isalpha() else int(n.rstrip("stndrh")))
    return found.pop() if len(found) == 1 else None


def _dateline_years(text: str, years: Sequence[int]) -> list[int]:
    """The years a yearless dateline may take of those the text names: none a deed's name wears
    (_HISTORIC_YEAR) nor any before it; and, in a story that marks a deed some years on, each year
    named moved on by that many."""
    on = _years_on(text)
    if on:
        years = sorted({y + on for y in years})
    floor = _history_floor(text)
    return [y for y in years if y > floor]


def _history_floor(text: str) -> int:
    """The latest year a deed's name wears (_HISTORIC_YEAR), 0 if none: the story is told after it."""
    return max((int(m.group("y")) for m in _HISTORIC_YEAR.finditer(text, 0, 5000)), default=0)


#: A year told as the one a war, a revolt or a campaign began in ("the insurgency began in 2009", "since
#: fighting broke out in April 2023"): the story is told some time after it, in a year it does not say.
_BEGUN_YEAR = re.compile(
    r"\b(?:began|begun|started|erupted|broke\s+out|was\s+launched"
    # "launched its full-scale invasion in", "started a campaign in": a deed named between verb and year
    r"|(?:launched|started|began)\s+(?:its|their|his|her|the|an?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:invasion|offensive|campaign|intervention|war|insurgency|operation|uprising|revolt))"
    rf"\s+in\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?:{MONTH}\s+)?(?P<y>{YEAR})(?!\d)"
)


def _begun_years(text: str) -> set[int]:
    """The years the text tells something began in (_BEGUN_YEAR)."""
    return {int(m.group("y")) for m in _BEGUN_YEAR.finditer(text, 0, 5000)}


def _fits(y: int, mo: int, d: int, wd: int) -> bool:
    day = day_span(y, mo, d)
    return bool(day) and day.start.weekday() == wd and day.start <= latest_day()


# --- Page stamps: a date the page prints about itself, in any common format --------------------
_WD_ANY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?"
#: A full date with its year as pages print it: "June 3, 2025", "3 June 2025", "06/FEB/2024",
#: "2025-06-03", "2025.06.03", "13-06-2025", "1/4/2024"; month names in any case ("JUNE 3, 2025").
_FULL = (
    rf"(?:(?P<fwd>{_WD_ANY}),?\s+)?(?:"
    rf"(?P<fm1>{_MONTH_ANY})\s*(?P<fd1>{DAY})(?:,\s*|\s+(?:de\s+)?)(?P<fy1>{YEAR})"
    rf"|(?P<fd2>{DAY})\.?(?:\s+(?:of\s+|de\s+)?|[-/])(?P<fm2>{_MONTH_ANY}),?(?:\s+(?:de\s+)?|[-/])(?P<fy2>{YEAR})"
    rf"|(?P<fi1>{YEAR})(?P<isep>[-/.])(?P<fi2>[01]\d)(?P=isep)(?P<fi3>[0-3]\d)"
    rf"|(?P<fn1>\d{{1,2}})(?P<sep>[/.-])(?P<fn2>\d{{1,2}})(?P=sep)(?P<fn3>{YEAR}))"
    # a page's text may run the year into the clock or the reading time after it ("June 23, 20255:12 PM",
    # "June 23, 20252 min. read")
    r"(?:(?![\d/])|(?=\d{1,2}:\d\d)|(?=\d{1,3}[ \t]*min(?:ute)?s?\.?[ \t]+read\b))"
)
_FULL_RE = guarded(re.compile(_FULL, re.I))
#: "Published: ...", "Updated on ...", "date 2025-06-03", "Posted" with the date after it, on
#: the same line or the next.
_KEYWORD = re.compile(
    # a page's spans may run together ("...headlinePublished June 3"): a capitalised keyword may
    # follow a lower-case letter
    r"(?:^|\b|(?<=[a-z]))(?P<kw>(?:First\s+)?Published|Last\s+[Uu]pdated?|Updated|Posted|Created|Released|Issued"
    r"|Last\s+[Mm]odified|Modified|Edited|Revised|PUBLISHED|UPDATED|POSTED|MODIFIED|(?i:\bdate\b))\s*(?i:on|at)?\s*[:|-]?\s*$"
)


def _is_update(kw: str) -> bool:
    """Whether a stamp keyword (lower-cased) dates a revision, not the publication."""
    return kw.endswith(("updated", "update", "modified", "edited", "revised"))
_CLOCK = re.compile(
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?|\b(?:GMT|UTC|IST|PKT|EST|EDT|CET|CEST|BST|ET|PT)\b(?:[+-]\d+)?"
)
#: Words a stamp line may hold beside its date ("Updated 10:32 am", "3 min read", "2484 views").
_FURNITURE_WORDS = words(
    """updated published posted created last modified first on at by am pm and the min mins read
    views view ago date dated issued released"""
)
_BYLINE = re.compile(r"\s*By\s+[A-Z]")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
#: How far into the text a page's own stamp is looked for.
_HEAD_LINES = 12
#: How many lines a stamp line may sit down: a menu's or share bar's short lines may come first.
_STAMP_LINES = 20
#: A menu's or share bar's item: a few words with no figure ("World", "Share on X", "Middle East"),
#: or nothing; such lines do not count towards _STAMP_LINES.
_MENU_ITEM = re.compile(r"[ \t]*+(?:[^\W\d]++[ \t]*+){0,3}+$")
_HEAD_CHARS = 2000
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def _full_date(m: re.Match[str], text: str) -> date | None:
    """The day a _FULL match names; an all-numeric one is read day-first or month-first as fits."""
    g = m.groupdict()
    if g["fm1"] or g["fm2"]:
        day = day_span(
            int(g["fy1"] or g["fy2"]),
            _month_no(g["fm1"] or g["fm2"]),
            day_number(g["fd1"] or g["fd2"]),
        )
        return day.start if day else None
    if g["fi1"]:
        day = day_span(int(g["fi1"]), int(g["fi2"]), int(g["fi3"]))
        return day.start if day else None
    return _numeric_day(g["fn1"], g["fn2"], int(g["fn3"]), g["sep"], text)


def _numeric_day(first: str, second: str, y: int, sep: str, text: str) -> date | None:
    """The day of an all-numeric date "first<sep>second<sep>year", read day-first or month-first as fits."""
    a, b = int(first), int(second)
    options = [d.start for d in (day_span(y, b, a), day_span(y, a, b)) if d]
    if len(options) < 2 or options[0] == options[1]:
        return options[0] if options else None
    # Both readings exist ("1/4/2024"): a news page reports the last day or two, so the reading
    # that puts the weekdays the text names ("on Thursday") closest before it wins; with no
    # weekday, an unpadded slash date is read month-first as US pages print it.
    named = {WEEKDAY_NUMBERS[w.lower()] for w in re.findall(WEEKDAY, text[:3000])}
    if named:
        lag = [min((o.weekday() - wd) % 7 for wd in named) for o in options]
        if lag[0] != lag[1]:
            return options[lag.index(min(lag))]
    us = sep == "/" and not first.startswith("0") and not second.startswith("0")
    return options[1] if us else options[0]


def _weekday_agrees(m: re.Match[str], day: date) -> bool:
    wd = m.group("fwd")
    return bool(wd) and wd[:3].lower() == day.strftime("%a").lower()


def _dates_in(line: str) -> list[re.Match[str]]:
    """The full dates of a line, tried only around its years (a long paragraph costs little)."""
    out: list[re.Match[str]] = []
    done = 0
    for y in _YEAR_DIGITS.finditer(line):
        if y.start() < done:
            continue
        a = max(done, y.start() - 30)
        if a > done and not line[a - 1].isspace():
            space = line.find(" ", a, y.start())
            a = space + 1 if space >= 0 else a
        # (up to a reading time run into the year: "June 3, 20252 min. read")
        for m in _FULL_RE.finditer(line, a, min(len(line), y.end() + 20)):
            out.append(m)
            done = m.end()
    return out


#: A clock between a stamp's keyword and its date ("Posted 09:15 AM, Monday June 23, 2025").
_CLOCK_TAIL = re.compile(rf"(?:{_CLOCK.pattern})\s*[,|]?\s*$")


def _keyword_before(line: str, start: int) -> re.Match[str] | None:
    """The stamp keyword right before a date of a line, over a clock that may stand between them."""
    k = _KEYWORD.search(line, max(0, start - 40), start)
    if k is None and (c := _CLOCK_TAIL.search(line, max(0, start - 30), start)):
        k = _KEYWORD.search(line, max(0, c.start() - 40), c.start())
    return k


#: What separates the fields of a page's stamp line ("Source: Outlet | 2025-06-03 10:32 | Editor: x").
_FIELD_SEP = re.compile(r"[|•·]")


def _own_field(line: str, m: re.Match[str]) -> bool:
    """Whether a date stands alone, but for a clock, between two field separators of its line."""
    left = [s.end() for s in _FIELD_SEP.finditer(line, 0, m.start())]
    right = _FIELD_SEP.search(line, m.end())
    if not left or right is None:
        return False
    field = line[left[-1] : m.start()] + line[m.end() : right.start()]
    return not re.search(r"[A-Za-z0-9]", _CLOCK.sub("", field))


#: What closes a dateline's date before its story begins: a bracket, a dash or a colon.
_LEAD_CLOSE = re.compile(r"\s*(?:\)|[-–—]+\s|:\s)")
#: What follows a page's own timestamp at once: a clock ("June 3, 2025 4:30 pm", "3 June 2025, 14:30",
#: "2025-06-03T14:30") or a reading time ("June 3, 2025 · 3 min read"); prose puts "at" before a clock.
_STAMP_TAIL = re.compile(
    r"(?:T\d\d:\d\d|,?[ \t]*(?:[-–—|•·][ \t]*)?(?:\d{1,2}:\d\d(?!\d)|\d{1,3}[ \t]*min(?:ute)?s?\.?[ \t]+read\b))"
)
#: A field separator, maybe with a clock, right before a date ("Desk | June 3, 2025", "· 14:30 June 3, 2025").
_FIELD_OPEN = re.compile(rf"[|•·][ \t]*(?:(?:{_CLOCK.pattern})[ \t]*,?[ \t]*)?$")
#: The agency bracket of a dateline after its date, then its dash or colon: "June 3, 2025 (Agency) —".
_AGENCY_CLOSE = re.compile(r",?[ \t]*\((?:[A-Z][\w.&'-]*[ \t]*){1,4}\)[ \t]*(?:[-–—:]|\.-)")
#: A bracket a date closes: "KYIV (June 3, 2025) —", "(City / Outlet - 3rd June, 2025)".
_BRACKET_OPEN = re.compile(r"\(([^()]{0,60})$")
_PHOTO_CREDIT = re.compile(r"(?i)\b(?:file|archives?|photo|image|picture|credit)")
#: A lower-case letter or a digit before a date: no dateline's place (those are in capitals, or absent).
_NOT_DATELINE_PLACE = re.compile(r"[a-z0-9]")


def _marked(line: str, m: re.Match[str]) -> bool:
    """Whether a date is marked as the page's by what stands right beside it, however long its line
    (a scrape may run the byline into the headline or the lead): a clock or reading time after it,
    a field separator before it, or a dateline's agency bracket."""
    if _STAMP_TAIL.match(line, m.end()):
        return True
    f = _FIELD_OPEN.search(line, max(0, m.start() - 30), m.start())
    if f and line[: f.start()].strip():
        return True  # a field after another; a bullet opening the line may start a timeline's item
    if _AGENCY_CLOSE.match(line, m.end()):
        return True
    if not line[: m.start()].strip() and line.startswith("; ", m.end()):
        return True  # "3 June 2025; Source: Agency" opening the line
    o = _BRACKET_OPEN.search(line, max(0, m.start() - 60), m.start())
    if o is None or not re.match(r"\s*\)", line[m.end() :]):
        return False
    # the bracket holds the date alone before a dash, or a place and outlet in capitals before it:
    # not prose's "(on June 3)" nor a citation's "(Report, June 3, 2025)"
    inside = o.group(1)
    if re.search(r"\b[a-z]", inside) or _PHOTO_CREDIT.search(inside):
        return False  # a photo's credit may date an archive picture
    if not inside.strip():
        return bool(re.match(r"\s*\)\s*[-–—]", line[m.end() :]))
    return bool(re.search(r"[-/]\s*$", inside))


#: A word that ties a date ending a line into its sentence ("... fell on June 3, 2025", "... until
#: June 3, 2025"): no stamp the page ran onto the line's end.
_ENDS_IN_LINK = re.compile(
    r"(?i)\b(?:on|since|until|till|by|in|of|from|before|after|to|through|dated|and|or)[ \t]*$"
)


def _stamp_line(line: str, found: list[re.Match[str]]) -> re.Match[str] | None:
    """The date of a line that is page furniture around a date ("June 3, 2025 | 10:32 GMT",
    "By Desk Staff, City Aug 24, 2020", "June 03, 2025Outlet Name"), not a sentence that has one."""
    if "(@" in line:
        return None  # an embedded post's signature ("— Name (@handle) June 3, 2025") dates the post
    long = len(line.strip()) > 160
    for m in found:
        if _marked(line, m):
            return m
        if long:
            continue
        before, after = line[: m.start()], line[m.end() :]
        at_start = not re.search(r"[A-Za-z0-9]", _KEYWORD.sub("", before))
        at_end = not re.search(r"[A-Za-z0-9]", _CLOCK.sub("", after))
        talk = _talk(before)
        if _own_field(line, m):
            return m  # one field of a line of page fields, whatever the others hold
        if _LEAD_CLOSE.match(after) and not _NOT_DATELINE_PLACE.search(before):
            return m  # a dateline led by its date, or by a place in capitals: "<date> — The army said"
        if at_start and after[:1].isupper():
            return m  # "September 14, 2019Drones hit ...": a stamp the page ran into its first paragraph
        if at_end and not after.strip() and not _ENDS_IN_LINK.search(before):
            return m  # "Strikes hit the port June 3, 2025": a stamp the page ran onto its headline's end
        if at_start or at_end:
            talk += _talk(after)
        elif not _BYLINE.match(line):
            # a byline's date may run on into page furniture ("... Aug 24, 2020 View Gallery"); so
            # may a name's with no "By" ("Jane Doe • June 3, 2025 • 3 min read"), if no prose is near
            if len(line.strip()) <= 80 and talk + _talk(after) == 0:
                return m
            continue
        if talk <= 1:
            return m
    return None


#: An all-numeric date with a two-digit year ("27-06-23", "06/27/23", "27.06.23"): not part of a
#: longer run of figures (a version number, a score, a phone number).
_SHORT_DATE = re.compile(r"(?<![\w/.:-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d\d)(?![\w/-]|[.:]\d)")
#: A clock right after a date, maybe over a comma, a field separator or "at" ("27-06-23, 22:15",
#: "06/27/23 at 10:15 PM", "27.06.23 | 10:15").
_CLOCK_AFTER = re.compile(r",?[ \t]*(?:[|•·/-][ \t]*|at[ \t]+)?\d{1,2}[:.]\d\d(?!\d)")
#: A clock right before a date ("22:15, 27-06-23", "PM:11:00 27/06/23").
_CLOCK_BEFORE = re.compile(r"\d{1,2}[:.]\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*[,|•·/-]?[ \t]*$")


def _short_year_stamp(line: str, previous: str, text: str) -> tuple[date, int, int, int] | None:
    """A page stamp whose date has a two-digit year: (day, rank, start, end) in the line.

    Such a date is ambiguous beside a score or a reference number, so it counts only where a stamp
    keyword stands before it (on its line, or alone on the line before) or a clock right beside it,
    on a line of page furniture. The century is this one's.
    """
    for m in _SHORT_DATE.finditer(line):
        day = _numeric_day(m.group("a"), m.group("b"), 2000 + int(m.group("y")), m.group("sep"), text)
        if day is None:
            continue
        k = _keyword_before(line, m.start())
        if k is None and not line[: m.start()].strip():
            k = _KEYWORD.search(previous)
        if k is not None:
            kw = k.group("kw").lower()
            return day, 1 if _is_update(kw) or kw == "date" else 0, m.start(), m.end()
        clocked = _CLOCK_AFTER.match(line, m.end()) or _CLOCK_BEFORE.search(line, max(0, m.start() - 20), m.start())
        if clocked and _talk(line) <= 1:
            return day, 3, m.start(), m.end()
    return None


def _talk(part: str) -> int:
    """How many lower-case words of running prose a piece of a line holds."""
    return sum(w not in _FURNITURE_WORDS for w in _LOWER_WORD.findall(_CLOCK.sub(" ", part)))


#: The last text asked about and its stamps, as one pair: the service extracts in threads, and a
#: pair is swapped in one store, so no thread can read one text with another's stamps.
_LAST: list[tuple[tuple[str, date] | None, tuple]] = [(None, ())]


def page_stamps(text: str) -> list[tuple[date, int, int, int]]:
    """The dates a page prints about itself near its top, best first: (day, rank, start, end).

    Rank 0 is a keyword stamp ("Published: ..."; one saying "Updated" ranks 1), then a line that
    holds nothing but a date and page furniture: rank 2 when it names the date's weekday, else 3.
    An update yields to such a line dated a few days before it. Their spans are no event's date.
    """
    last, last_stamps = _LAST[0]
    if last is not None and last[0] is text and last[1] == latest_day():
        return list(last_stamps)  # asked twice per article: for the publication date, then by the Document
    out: list[tuple[date, int, int, int]] = []
    updates: set[int] = set()  # where the stamps that say "Updated" start
    pos, previous = 0, ""
    # Only lines with a year in them are read: a handful per page.
    i = -1  # how many lines down, not counting a menu's short items
    for line in text[:_HEAD_CHARS].split("\n"):
        if len(line) > 40 or not _MENU_ITEM.match(line):
            i += 1
        found = _dates_in(line) if _YEAR_DIGITS.search(line) else []
        stamp = None
        updated = None  # the first date the line says was an update
        for m in found:
            # "Published: <date>", or "Updated:" alone on the line before.
            k = _keyword_before(line, m.start())
            if k is None and m.start() == len(line) - len(line.lstrip()):
                k = _KEYWORD.search(previous)
            if k and (day := _full_date(m, text)):
                kw = k.group("kw").lower()
                # an update, or a bare "date" label, yields to a date the page says it was published
                rank = 1 if _is_update(kw) or kw == "date" else 0
                out.append((day, rank, pos + m.start(), pos + m.end()))
                stamp = m
                if _is_update(kw):
                    updates.add(pos + m.start())
                    updated = updated or m
        # (a short-year stamp has a clock or a keyword's colon beside it: lines without one are not read)
        if (
            not found
            and i < _STAMP_LINES
            and (":" in line or ":" in previous)
            and (short := _short_year_stamp(line, previous, text))
        ):
            day, rank, a, b = short
            out.append((day, rank, pos + a, pos + b))
            if rank == 1:
                updates.add(pos + a)
        if found and i < _STAMP_LINES and (stamp is None or stamp is updated):
            # "23 June 2025 | Updated 24 June 2025": the date the line gives before its update is the
            # publication's
            before = [m for m in found if updated is None or m.start() < updated.start()]
            m = _stamp_line(line, before) if before else None
            if m and (day := _full_date(m, text)):
                # "4/17/2024" over the headline, "Saturday August 20, 2022" under it: a stamp that
                # names its day's weekday is the story's; a bare one may be the site's "today"
                rank = 0 if updated is not None else 2 if _weekday_agrees(m, day) else 3
                out.append((day, rank, pos + m.start(), pos + m.end()))
        pos += len(line) + 1
        previous = line
    out.sort(key=lambda s: (s[1], s[2]))
    bound = latest_day()
    out = [s for s in out if s[0] <= bound]
    if out and out[0][2] in updates:
        # "Updated: June 5, 2025" above or below a bare "June 4, 2025" line: the bare line is the
        # publication the update came days after
        # publication the update came days after; a byline's date ("By Jane Roe June 3, 2024") is the
        # story's however long after it a site revised the page
        first = next(
            (
                s
                for s in out
                if s[1] >= 2 and (0 < (out[0][0] - s[0]).days <= 7 or (s[0] < out[0][0] and _BYLINE.match(_line_at(text, s[2]))))
            ),
            None,
        )
        if first:
            out.remove(first)
            out.insert(0, first)
    elif out and out[0][1] >= 2 and not _STAMP_TAIL.match(text, out[0][3]) and not _heads_entries(text, out[0][3]):
        # a site may print the day it is read above its menu ("Monday, March 3, 2025"): a bare date line
        # with no clock, above one bare line dated before it, is that day; the lower line is the story's
        # (several dated lines below are a list of other stories)
        below = [s for s in out[1:] if s[1] >= 2 and s[2] > out[0][2] and s[0] != out[0][0]]
        if len({s[0] for s in below}) == 1 and below[0][0] < out[0][0]:
            out.remove(below[0])
            out.insert(0, below[0])
    _LAST[0] = ((text, bound), tuple(out))
    return out


def _heads_entries(text: str, end: int) -> bool:
    """Whether the line ending at ``end`` heads clock-stamped entries ("Tuesday 4 March 2025" over "08:10 GMT"):
    a live blog's latest day, not a site's "today" above its menu."""
    nl = text.find("\n", end)
    if nl < 0:
        return False
    nxt = len(text) - len(text[nl:].lstrip())
    return CLOCK_STAMP.match(text, nxt) is not None


def _line_at(text: str, pos: int) -> str:
    """The line of ``text`` that holds ``pos``."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(text)]


def _not_after_today(y: int, mo: int, d: int) -> bool:
    day = day_span(y, mo, d)
    return bool(day) and day.start <= latest_day()


#: How many years from those a story names its dateline day may lie when its weekdays fit none of them.
_NEAR_YEARS = 2


def _weekday_year(text: str, mo: int, d: int, years: set[int], lag_max: int = 2, lead: int | None = None) -> int | None:
    """The year, among those the text names, that makes a yearless dateline day the day of the
    weekdays its story names or a day or two after them ("KINSHASA, Feb. 28 -- on Wednesday"). Where
    the dateline's first sentence (from ``lead``) names a weekday, only its weekdays count: the
    wire's own news ("shelled the city late on Thursday"), not a day further down ("said on Wednesday")."""
    named = (lead is not None and _lead_weekdays(text, lead)) or {
        WEEKDAY_NUMBERS[w.lower()] for w in re.findall(WEEKDAY, text[:1500])
    }
    best = None
    for y in sorted(years, reverse=True):
        day = day_span(y, mo, d)
        if day and named and day.start <= latest_day():
            lag = min((day.start.weekday() - wd) % 7 for wd in named)
            if lag <= lag_max and (best is None or lag < best[0]):
                best = (lag, y)
    return best[1] if best else None


_MONTH_YEAR = re.compile(rf"\b(?P<m>{MONTH})\s+(?P<y>{YEAR})(?!\d)")


def _last_month_told(text: str) -> dict[int, int]:
    """Each year the text names a month of, not as a bound ahead ("in December 2024", not "by December
    2024"), with the latest such month: a year told later than month ``mo`` is one whose latest is past
    ``mo``. One scan of the text, asked of every year a dateline may take."""
    last: dict[int, int] = {}
    for m in _MONTH_YEAR.finditer(text):
        if not _FUTURE_YEAR.search(text, max(0, m.start() - 25), m.start()):
            y = int(m.group("y"))
            last[y] = max(last.get(y, 0), month_number(m.group("m")))
    return last


def _dateline(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The dateline opening the text or one of its first lines (after a headline, a byline): at the
    very start the place may be left out ("June 23 (Reuters) -"), further down it must be there."""
    pos = 0
    for _ in range(_HEAD_LINES):
        end = text.find("\n", pos, _HEAD_CHARS)
        # tried at line starts only, and only where a place's comma or dash comes soon ("KYIV, June 23")
        head = text[pos : pos + 50]
        if (pos == 0 or head[:1].isupper()) and (
            "," in head or "\u2014" in head or "-" in head or "\u2013" in head
        ):
            m = pattern.match(text, pos, pos + 160)
            if m and (pos == 0 or m.groupdict().get("place", "x")):
                return m
        pos = end + 1
        if pos <= 0:
            return None
    return None


#: An outlet's name in a dateline's bracket: "(Agency)", "(Agency Wire)", "(Agency-Name)".
_WIRE = r"(?:[A-Z][\w.&'-]*[ \t]*){1,4}"
#: A yearless wire dateline anywhere in the head, as when a scrape runs it into the headline: its
#: agency bracket and dash tell it from prose ("... PORTVILLE, Jan. 9 (Agency) -- ", "PORTVILLE
#: (Agency Wire, June 3) — ").
_WIRE_DATELINE = re.compile(
    rf"(?:(?:(?P<m>{MONTH})[ \t]+(?P<d>{DAY})|(?<!\d)(?P<dd>{DAY})[ \t]+(?P<mm>{MONTH}))[ \t]*\((?!{WEEKDAY}){_WIRE}\)"
    rf"|\({_WIRE},[ \t]*(?P<m2>{MONTH})[ \t]+(?P<d2>{DAY})\))[ \t]*(?:[-–—]+|\.-)"
)


def _wire_dateline(text: str) -> dict[str, str | None] | None:
    m = _WIRE_DATELINE.search(text, 0, _HEAD_CHARS)
    if m is None:
        return None
    g = m.groupdict()
    return {
        "m": g["m"] or g["m2"],
        "d": g["d"] or g["d2"],
        "mm": g["mm"],
        "dd": g["dd"],
        "y": None,
        "yy": None,
    }


#: How many years after a page's date the years its text names may mostly lie before that date is
#: distrusted: a page tells of its past and its plans, not mostly of decades after it.
_FAR_YEARS = 10


#: The last text asked about and where its years stand, as one pair (see _LAST): an undated page is
#: read for its years up to three times, by _inferred and by infer_published.
_LAST_YEARS: list[tuple[str | None, tuple[tuple[int, int], ...]]] = [(None, ())]


def _years_in(text: str) -> tuple[tuple[int, int], ...]:
    """(start, year) of each year ``text`` names (_YEARS), found once per text."""
    last = _LAST_YEARS[0]  # read once: another thread may replace it
    if last[0] is text:
        return last[1]
    found = tuple((y.start(), int(y.group("y"))) for y in _YEARS.finditer(text))
    _LAST_YEARS[0] = (text, found)
    return found


def infer_published(text: str) -> date | None:
    """The publication date as far as the text alone fixes it, else None.

    A stamp line ("Published: 15 June 2025") wins. Otherwise the latest weekday-anchored date
    ("Sunday, June 15") or dateline date, with a missing year chosen among the years the text
    mentions so that the weekday agrees. A date far before most of the years the text names (an
    archive picture's "August 19, 1953" over a story of 2024 and 2025) is no page's date: None.
    """
    day = _inferred(text)
    if day is None:
        return None
    years = [y for _, y in _years_in(text)]
    later = sum(y > day.year + _FAR_YEARS for y in years)
    # the date's own year, where the text writes it, is no other year that vouches for it
    rest = len(years) - later - (day.year in years)
    return None if later >= 2 and later > rest else day


def _inferred(text: str) -> date | None:
    stamps = page_stamps(text)
    if stamps:
        day, rank, start, _ = stamps[0]
        if rank == 1 and _UPDATE_WORD.search(_line_at(text, start)):
            return _dateline_before(text, day) or day
        return day
    # (its first 3000 characters, searched in the text itself: the lower case the needle tests read is
    # the article's, made once for its patterns, not a head's made for these two)
    today = _TODAY.search(text, 0, 3000) or _AS_OF.search(text, 0, 3000)
    if today:
        span = one_day(today.groupdict(), "", None, False)
        if span:
            return span.start
    # "over 40 times since 2014": a year after "since" is a bound the report is later than.
    named, floor = set(), 0
    for start, y in _years_in(text):
        if _SINCE_YEAR.search(text, max(0, start - 12), start):
            floor = max(floor, y)
        else:
            named.add(y)
    years = sorted(named)
    candidates: list[date] = []
    ahead: list[date] = []  # weekday-anchored dates still to come
    ahead_spans: list[tuple[int, int]] = []
    for w in _WEEKDAY_DATE.finditer(text):
        # "talks are scheduled for Monday, June 23": a date still to come
        bucket = ahead if _AHEAD.search(text, max(0, w.start() - 150), w.start()) else candidates
        if bucket is ahead:
            ahead_spans.append(w.span())
        wd = WEEKDAY_NUMBERS[w.group("wd").lower()]
        mo = month_number(w.group("m1") or w.group("m2"))
        d = day_number(w.group("d1") or w.group("d2"))
        if w.group("y"):
            pool = [int(w.group("y"))]
        elif years:
            pool = sorted({y + k for y in years for k in (-1, 0, 1)})
        else:
            # No year anywhere: the weekday fixes it, the latest fitting year not after today.
            this = latest_day().year
            pool = [next((y for y in range(this, max(this - 12, floor), -1) if _fits(y, mo, d, wd)), this)]
        fits = []
        for y in pool:
            day = day_span(y, mo, d)
            if day and day.start.weekday() == wd:
                fits.append(day.start)
        if len(fits) == 1 or (fits and w.group("y")):
            bucket.append(fits[0])
        elif fits and years:
            # Several years fit the weekday: take the one nearest the years the text names.
            bucket.append(min(fits, key=lambda f: min(abs(f.year - y) for y in years)))
    numeric = _dateline(_NUMERIC_DATELINE, text)
    if numeric:
        span = one_day(numeric.groupdict(), "", None, False)
        if span:
            candidates.append(span.start)
    line = _dateline(_DATED_DATELINE, text)
    g = line.groupdict() if line else _wire_dateline(text)
    if g:
        mo = _month_no(g["m"] or g["mm"])
        d = day_number(g["d"] or g["dd"])
        given = g["y"] or g["yy"]
        # a page is not dated after the day it is read: "elections are due in 2027" gives no year
        past_years = [
            y
            for y in _dateline_years(
                text, [y for start, y in _years_in(text) if not _FUTURE_YEAR.search(text, max(0, start - 25), start)]
            )
            if _not_after_today(y, mo, d)
        ]
        # Where the only past years are those something began in, none is the day's year by itself: the
        # story is later by an untold span, and only a weekday that is the dateline's own day fixes it
        # (a weekday a day or two before it may be any week's).
        begun = not given and bool(past_years) and set(past_years) <= _begun_years(text)
        told = [] if begun else past_years
        # No year anywhere: the weekday-anchored dates of the text fix it ("June 18" after "Friday, June 13").
        y = int(given) if given else (max(told) if told else max(candidates).year if candidates else None)
        # "TUNIS, March 8 -- ... since the new cabinet took office in November 2024": a year whose later month the
        # story tells as its past is not its day's year; the next one is
        last = {} if given else _last_month_told(text)
        if not given and y and last.get(y, 0) > mo:
            y = y + 1 if _not_after_today(y + 1, mo, d) else None
        agreed = None
        if not given:
            pool = {*_dateline_years(text, years), *(c.year for c in candidates)}
            lag = 0 if begun else 2
            lead = line.end() if line is not None else None
            agreed = _weekday_year(text, mo, d, {x + 1 if last.get(x, 0) > mo else x for x in pool}, lag, lead)
            if agreed is None and pool:
                # the story's weekdays fit none of the years it names ("Jan 20 -- ... on Tuesday" beside
                # a past "in 2024"): the year nearest them that the weekdays fit, named or not (the day of one or the day after)
                # (never before the latest year the story tells as its past: "fell in December 2024" puts it in 2025 or after)
                told_past = [x + 1 if last.get(x, 0) > mo else x for x in past_years]
                floor = max(_history_floor(text), min(past_years) - 1 if begun else 0, max(told_past, default=0) - 1)
                near = {x + k for x in pool for k in range(-_NEAR_YEARS, _NEAR_YEARS + 1) if x + k > floor}
                agreed = _weekday_year(text, mo, d, near, min(lag, 1), lead)
            elif agreed is None and floor and line is not None:
                agreed = _year_after(text, line.end(), mo, d, floor)
        # a story whose weekdays fit no year near those it names leaves its year open: the year it names
        # last is a guess that its own weekday belies (a Friday story under a Monday dateline)
        if not given and agreed is None and re.search(WEEKDAY, text[:1500]):
            y = None
        y = agreed or y
        if line is None and (len(set(past_years)) != 1 or agreed != past_years[0]):
            y = None  # a dateline inside a line: only the text's one past year, if its weekdays agree
        if y:
            day = day_span(y, mo, d)
            if day and day.start <= latest_day():
                candidates.append(day.start)
    if not candidates and ahead:
        # Only dates still to come ("will meet on Tuesday, July 29"): the report is of the latest
        # day before the first of them whose weekday it tells of ("said on Monday").
        before = _named_day_before(text, min(ahead), ahead_spans)
        if before:
            return before
    return max(candidates) if candidates else _bare_date_line(text)


#: The end of a dateline's first sentence: a full stop before a capital or a line's end.
_LEAD_END = re.compile(r"\.(?:\s+(?=[A-Z\"“])|\s*$)", re.M)


def _lead_weekdays(text: str, lead: int) -> set[int]:
    """The weekdays the first sentence from ``lead`` (a dateline's end) names."""
    end = _LEAD_END.search(text, lead)
    return {WEEKDAY_NUMBERS[w.group().lower()] for w in WEEKDAY_IN.finditer(text, lead, end.start() if end else lead + 400)}


def _year_after(text: str, lead: int, mo: int, d: int, floor: int) -> int | None:
    """The one year, from a year the story names only as a bound ("attacked ships since late 2023") up to
    today, that makes a yearless dateline day the weekday its first sentence names ("said on Tuesday"):
    the wire's own day. Two such years (a bound long ago) leave it open."""
    named = _lead_weekdays(text, lead)
    fits = [
        y
        for y in range(floor, latest_day().year + 1)
        if (day := day_span(y, mo, d)) and day.start.weekday() in named and day.start <= latest_day()
    ]
    return fits[0] if len(fits) == 1 else None


#: A stamp line's word for a revision ("Updated", "Last modified").
_UPDATE_WORD = re.compile(r"(?i)\b(?:updated?|modified|edited|revised)\b")


def _dateline_before(text: str, update: date) -> date | None:
    """The day of the text's dateline when it falls before a page's update stamp ("Updated June 25, 2025" over
    "KHARKIV, June 3 (Agency) -"): the story's own day, which the update came after (a story revised weeks
    later still tells its days from its dateline). A yearless dateline is taken in the half year before the
    update: one a day after it ("Updated June 2" over "June 3", time zones apart) is no story of last year."""
    line = _dateline(_DATED_DATELINE, text)
    if line is None:
        return None
    g = line.groupdict()
    mo, d = _month_no(g["m"] or g["mm"]), day_number(g["d"] or g["dd"])
    given = g["y"] or g["yy"]
    y = int(given) if given else update.year - ((mo, d) > (update.month, update.day))
    day = day_span(y, mo, d)
    if day is None or not day.start < update:
        return None
    return day.start if given or (update - day.start).days <= _YEARLESS_REACH else None


#: How far before an update stamp a yearless dateline's day may fall (about half a year).
_YEARLESS_REACH = 183


def _named_day_before(text: str, ahead: date, spans: list[tuple[int, int]]) -> date | None:
    """The latest day in the week before a coming date whose weekday the text names elsewhere."""
    named = {
        WEEKDAY_NUMBERS[w.group().lower()]
        for w in WEEKDAY_IN.finditer(text, 0, 3000)
        if not any(a <= w.start() < b for a, b in spans)
    }
    for back in range(1, 7):
        day = ahead - timedelta(days=back)
        if day.weekday() in named:
            return day if day <= latest_day() else None
    return None


#: A line holding a full date and nothing else but a weekday or a clock ("Aug. 20, 2022").
_BARE_LINE = re.compile(rf"^[ \t]*{_FULL}[ \t]*$", re.I | re.M)


def _bare_date_line(text: str) -> date | None:
    """With nothing else to go by, the latest line that holds a full date alone: page furniture a
    scrape left below the headline's block (a story's own dates sit in sentences)."""
    days = []
    for y in _YEAR_DIGITS.finditer(text):
        a = text.rfind("\n", 0, y.start()) + 1
        m = _BARE_LINE.match(text, a)
        if m and m.start() <= y.start() < m.end() and (day := _full_date(m, text)) and day <= latest_day():
            days.append(day)
    return max(days) if days else None


#: The headline, photo caption and lead of a story: where a date fixing its day is told.
_LEAD_CHARS = 800


#: What signs a post or a photo right before its date: a handle, a post's link, a caption's credit words.
_SIGNS = re.compile(r"\(@\w+\)|pic\.twitter\.com|\b(?:[Pp]hoto|[Ii]mage|[Pp]icture)s?\b.{0,40}\b(?:released|taken|dated)\b")


#: An archive picture's caption around a date: "a May 2, 2009, file photo", "in this file image taken".
_FILE_PICTURE = re.compile(r"\b(?:file|archive)\s+(?:photo|picture|image|footage)", re.I)


def reference_day(text: str, dates: Sequence[DateMention], signed: bool = False) -> date | None:
    """With no publication date, the day a story's weekdays count from: the latest past day its
    head gives with its year whose weekday it also names bare (a caption's "January 5, 2020" and
    "an attack on Sunday").

    Without such a day the weekdays stay unresolved: a background date ("on October 7, 2023")
    whose weekday the story never names anchors nothing. ``signed``: a day further down counts too
    when it signs an embedded post or a photo ("— Name (@handle) October 19, 2024", "in this photo
    released November 20, 2023"): those are told on the story's days, not of its background.
    """
    named = set()
    for d in dates:
        if d.kind == "weekday":
            w = WEEKDAY_IN.search(text, d.start, d.end)
            if w:
                named.add(WEEKDAY_NUMBERS[w.group().lower()])
    if not named:
        return None
    best = None
    for d in dates:
        if d.kind != "explicit" or d.span is None or d.span.precision != "day":
            continue
        if d.start > _LEAD_CHARS:
            # a date deep in the story is background more often than the story's day, unless it signs a
            # post or a photo; the dates come in order, so without ``signed`` none after it counts either
            if not signed:
                break
            if not _SIGNS.search(text, max(0, d.start - 60), d.start):
                continue
        day = d.span.start
        if day.weekday() not in named or day > latest_day():
            continue
        # its year told, or fixed by the weekday told beside it ("on Sunday, August 25")
        if not _YEARS.search(text, d.start, d.end) and not WEEKDAY_IN.search(text, d.start, d.end):
            continue
        if FORWARD.search(text, max(0, d.start - 60), d.start):
            continue  # "by Tuesday, March 4, 2025": a deadline, not the story's day
        if _FILE_PICTURE.search(text, max(0, d.start - 40), d.end + 20):
            continue  # an archive picture's day is when it was taken, long before the story
        if best is None or day > best:
            best = day
    return best


# --- The page's address: "/2024/03/15/slug" ---------------------------------------------------------
#: A day the address's path writes as slashed year, month and day segments ("/2024/3/15/"). A count
#: opening a slug ("/2021/07/10-killed-in-blast") is no day: the day ends at a slash, ".html" or the end
#: of the path. Dashed and eight-digit forms ("/2024-03-15-title", "-20240315-") are not read: on the
#: corpus they were a day off the page's date more often (the site's own time zone) and brought more
#: mixed rows into the brief than they dated rightly.
_URL_DAY = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])(?=/|\.s?html?$|$)")


def published_in_url(url: str | None) -> date | None:
    """The day a page's address writes in its path ("/2024/03/15/slug"), else None.

    A site that puts a day in its addresses puts the day of publication there, so a page whose text
    states no day of its own is dated by its address (never after the day it is read, see dates.read_as_of). The
    host and the query are not read: "?id=2024/03/15" is a parameter, not the page's path.
    """
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for m in _URL_DAY.finditer(path):
        try:
            day = date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        if day <= latest_day():
            return day
    return None
