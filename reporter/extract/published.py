"""The publication date of an article, as far as its text alone fixes it.

A stamp line ("Published: 15 June 2025") or a date line at the top wins. Otherwise the latest
weekday-anchored date ("Sunday, June 15") or dateline date, with a missing year chosen among the
years the text mentions so that the weekday agrees. Nothing anchored gives None, never a guess.
"""

from __future__ import annotations

import re
from datetime import date

from reporter.extract.dates import (
    _DAY,
    _NUM,
    _WEEKDAYS,
    _YEAR,
    MONTH,
    WEEKDAY,
    _day,
    _month_num,
    _one_day,
)

_WEEKDAY_DATE = re.compile(
    rf"(?P<wd>{WEEKDAY})(?:,?\s+|\s*\(\s*)(?:(?P<m1>{MONTH})\s+(?P<d1>{_DAY})|(?P<d2>{_DAY})\s+(?P<m2>{MONTH}))(?:,?\s+(?P<y>{_YEAR}))?(?!\d)"
)
_DATELINE = re.compile(
    rf"\A\s*(?:[A-Z][A-Za-z .'/-]+,\s*)*(?:(?P<m>{MONTH})\s+(?P<d>{_DAY})(?:,\s*(?P<y>{_YEAR}))?"
    rf"|(?P<dd>{_DAY})\s+(?P<mm>{MONTH})(?:,?\s*(?P<yy>{_YEAR}))?)\s*(?:\(|[-–—])"
)
_NUMERIC_DATELINE = re.compile(rf"\A\s*(?:[A-Z][A-Za-z .'/-]+,\s*)+(?:{_NUM})\s*(?:\(|[-–—])")
_STAMP = re.compile(
    rf"(?:Published|Updated|Posted|Last updated|(?i:\bdate\b))\s*(?i:on\s*:?|:)?\s*(?:{WEEKDAY},?\s+|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+)?"
    rf"(?:(?P<m1>{MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR})|(?P<d2>{_DAY})\s+(?P<m2>{MONTH}),?\s+(?P<y2>{_YEAR})"
    rf"|(?P<i1>\d{{4}})-(?P<i2>\d{{2}})-(?P<i3>\d{{2}})|(?P<n1>\d{{1,2}})[/.](?P<n2>\d{{1,2}})[/.](?P<n3>\d{{4}}))"
)
_AHEAD = re.compile(
    r"\b(?:will|would|scheduled|expected|due|planned|set\s+to|until|by|before|next|upcoming|ahead\s+of)\b[^.;]*$",
    re.I,
)
_DATE_LINE = re.compile(
    rf"(?:(?:Published|Updated|Posted)\s*:?\s*)?(?:{WEEKDAY},?\s+)?(?:(?P<m1>{MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR})"
    rf"|(?P<d2>{_DAY})\s+(?P<m2>{MONTH}),?\s+(?P<y2>{_YEAR}))(?:\s*(?:[|,•·–—-]|\d{{1,2}}[:.]\d{{2}}|[AP]M|GMT|UTC|ET|\s)*)*$"
)
# A line that is an ISO date, maybe with a time ("2025-08-28 05:01:50"), as page tools print it.
_ISO_LINE = re.compile(r"^(?P<i1>\d{4})-(?P<i2>\d{2})-(?P<i3>\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?\S*)?$")
# A date line with a time and then page furniture ("Oct 10, 2025 1:38 pm | News, Ticker").
_DATE_TIME_LINE = re.compile(
    rf"^(?:(?P<m1>{MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR})|(?P<d2>{_DAY})\s+(?P<m2>{MONTH}),?\s+(?P<y2>{_YEAR}))"
    rf"\s*[/|,]?\s*\d{{1,2}}[:.]\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[|/•·–—]"
)
# "confirming today, October 29, 2025": the text names its own day.
_TODAY = re.compile(
    rf"\btoday,?\s+\(?(?:{WEEKDAY},?\s+)?(?:(?P<m1>{MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR})"
    rf"|(?P<d2>{_DAY})\s+(?P<m2>{MONTH}),?\s+(?P<y2>{_YEAR}))"
)
_BYLINE = re.compile(r"^By\s+[^|•·–—]{2,60}?\s*[|•·–—,]\s*(?=\S)")
_YEARS = re.compile(rf"(?<![\d,.])(?P<y>{_YEAR})(?!\d|,\d)")
_FUTURE_YEAR = re.compile(
    r"\b(?:by|until|till|before|through|end of|next|in early|in late)\s+(?:the\s+)?(?:\w+\s+)?$", re.I
)


def _fits(y: int, mo: int, d: int, wd: int) -> bool:
    day = _day(y, mo, d)
    return bool(day) and day.start.weekday() == wd and day.start <= date.today()


def infer_published(text: str) -> date | None:
    """The publication date as far as the text alone fixes it, else None.

    A stamp line ("Published: 15 June 2025") wins. Otherwise the latest weekday-anchored date
    ("Sunday, June 15") or dateline date, with a missing year chosen among the years the text
    mentions so that the weekday agrees.
    """
    head = text[:3000]
    m = _STAMP.search(head)
    if m:
        span = _one_day(
            {**m.groupdict(), "m1": m.group("m1"), "d1": m.group("d1"), "y1": m.group("y1")}, "", None, False
        )
        if span:
            return span.start
    for line in text[:400].splitlines()[:6]:
        # A line that is only a date ("June 15, 2025", "15 June 2025 | 10:32 GMT") stamps the article.
        line = _BYLINE.sub("", line.strip())  # "By Jane Doe | June 15, 2025"
        only = _DATE_LINE.match(line) or _ISO_LINE.match(line) or _DATE_TIME_LINE.match(line)
        if only:
            span = _one_day(only.groupdict(), "", None, False)
            if span:
                return span.start
    today = _TODAY.search(head)
    if today:
        span = _one_day(today.groupdict(), "", None, False)
        if span:
            return span.start
    years = sorted({int(y.group("y")) for y in _YEARS.finditer(text)})
    candidates: list[date] = []
    for w in _WEEKDAY_DATE.finditer(text):
        if _AHEAD.search(text, max(0, w.start() - 50), w.start()):
            continue  # "talks are scheduled for Monday, June 23": a date still to come
        wd = _WEEKDAYS[w.group("wd").lower()]
        mo = _month_num(w.group("m1") or w.group("m2"))
        d = int(re.sub(r"\D", "", w.group("d1") or w.group("d2")))
        if w.group("y"):
            pool = [int(w.group("y"))]
        elif years:
            pool = sorted({y + k for y in years for k in (-1, 0, 1)})
        else:
            # No year anywhere: the weekday fixes it, the latest fitting year not after today.
            this = date.today().year
            pool = [next((y for y in range(this, this - 12, -1) if _fits(y, mo, d, wd)), this)]
        fits = []
        for y in pool:
            day = _day(y, mo, d)
            if day and day.start.weekday() == wd:
                fits.append(day.start)
        if len(fits) == 1 or (fits and w.group("y")):
            candidates.append(fits[0])
        elif fits and years:
            # Several years fit the weekday: take the one nearest the years the text names.
            candidates.append(min(fits, key=lambda f: min(abs(f.year - y) for y in years)))
    numeric = _NUMERIC_DATELINE.match(text)
    if numeric:
        span = _one_day(numeric.groupdict(), "", None, False)
        if span:
            candidates.append(span.start)
    line = _DATELINE.match(text)
    if line:
        mo = _month_num(line.group("m") or line.group("mm"))
        d = int(re.sub(r"\D", "", line.group("d") or line.group("dd")))
        given = line.group("y") or line.group("yy")
        past_years = [
            int(y.group("y"))
            for y in _YEARS.finditer(text)
            if not _FUTURE_YEAR.search(text, max(0, y.start() - 25), y.start())
        ]
        # No year anywhere: the weekday-anchored dates of the text fix it ("June 18" after "Friday, June 13").
        y = int(given) if given else (max(past_years) if past_years else max(candidates).year if candidates else None)
        if y:
            day = _day(y, mo, d)
            if day:
                candidates.append(day.start)
    return max(candidates) if candidates else None
