"""An untitled article's stand-in title for the source list: its first sentence, without the page
furniture a scraped text opens with (markup, a link, "Section | Agency |" crumbs, a time stamp,
a dateline), split where the extractor splits sentences ("U.S." and "Jan." end none)."""

from __future__ import annotations

import re

from reporter.brief import textfmt

_TAG = re.compile(r"<[^<>]{1,200}>")
_LINK = re.compile(r"^(?:https?://|www\.)\S+\s*", re.I)
#: Short pieces a page sets before its story with bars: "Region | Agency | By A Writer |".
_CRUMBS = re.compile(r"^(?:[^|]{1,40}\|\s*)+")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY_NAME = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DATE = (
    rf"(?:{_DAY_NAME}(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}))"
)
#: A time stamp before the story: "Updated on March 3, 2025 at 10.05 am", "2025-08-28 05:01:50",
#: "Tuesday, 02 January 2024 12:17 GMT".
_STAMP = re.compile(
    rf"^(?:(?:last\s+)?(?:updated|posted|published|filed)(?:\s+on)?:?\s+)?{_DATE}"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|UTC))?)?[\s|:,-]*",
    re.I,
)


def _furniture_end(text: str) -> int:
    """Where the page's opening furniture ends (0: none), taking off one piece after another."""
    at = 0
    while True:
        rest = text[at:]
        step = 0
        for pattern in (_LINK, _STAMP, _CRUMBS):
            m = pattern.match(rest)
            if m and m.end() < len(rest):
                step = m.end()
                break
        step = step or textfmt.dateline_end(rest)
        if not step:
            return at
        at += step


def stand_in_title(text: str, limit: int = 90) -> str | None:
    """The first sentence after the page's furniture, capitalised and cut to ``limit`` characters."""
    # Only when an untitled text is cited: a run with nothing new starts without the extractor.
    from reporter.extract.text import sentences

    flat = " ".join(_TAG.sub(" ", text).split())
    flat = flat[_furniture_end(flat) :]
    found = sentences(flat)
    if not found:
        return None
    first = found[0].text
    return textfmt.clip(first[:1].upper() + first[1:], limit)
