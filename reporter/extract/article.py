"""One article prepared for the fact finders: sentences, tokens, names and dates, all by offset.

Every finder works on spans of the same text, so the expensive passes (tokens, lexicon lookup,
date patterns) run once per article, not once per sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date

from reporter.extract.dates import DateMention, date_starts, find_dates
from reporter.extract.events import Trigger, find_triggers
from reporter.extract.lexicon import Lexicon, Mention
from reporter.extract.text import Sentence, Token, sentences, tokens

# "BAGHDAD (AP) —", "ERBIL, Iraq, March 12 (Reuters) -", "WASHINGTON —", "GOMA / NAIROBI, 3 May —": where the reporter
# filed from, not where anything happened.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.-]+(?:(?:\s|\s*/\s*)[A-Z][A-Z'’.-]+)*)(?:,\s*[A-Z0-9][\w'’/ .-]*?)*\s*"
    r"(?:\((?P<outlet>[A-Za-z][\w .&-]{1,30})\)\s*)?[-—–]+\s+",
)
_OUTLET = re.compile(r"\((?P<outlet>AP|AFP|Reuters|Xinhua|UPI|dpa|DPA|ANI|IANS|PTI)\)")


@dataclass
class Article:
    text: str
    published: date | None
    lexicon: Lexicon
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    #: character spans of datelines, ignored as places and actors
    datelines: list[tuple[int, int]] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    #: "X said Y would strike" statements, found by incidents.py
    said_would: dict[int, re.Match[str]] = field(default_factory=dict)
    outlet: str | None = None
    _tok_starts: list[int] = field(default_factory=list)
    _men_starts: list[int] = field(default_factory=list)
    _date_starts: list[int] = field(default_factory=list)
    _trig_starts: list[int] = field(default_factory=list)
    _sent_starts: list[int] = field(default_factory=list)

    @classmethod
    def read(cls, text: str, published: date | None, lexicon: Lexicon) -> Article:
        art = cls(text=text, published=published, lexicon=lexicon)
        art.sentences = sentences(text)
        art.tokens = tokens(text)
        art.mentions = lexicon.find(art.tokens, text)
        art.dates = find_dates(text, published, date_starts(art.tokens))
        art._tok_starts = [t.start for t in art.tokens]
        art._sent_starts = [s.start for s in art.sentences]
        art.triggers = find_triggers(text, art.tokens)
        art._trig_starts = [t.start for t in art.triggers]
        art._men_starts = [m.start for m in art.mentions]
        art._date_starts = [d.start for d in art.dates]
        for s in art.sentences:
            m = _DATELINE.match(s.text)
            if m and s.start < len(text) // 2 + 1 and (s.paragraph == 0 or m.group("outlet")):
                art.datelines.append((s.start, s.start + m.end()))
                art.outlet = art.outlet or m.group("outlet")
        if art.outlet is None:
            found = _OUTLET.search(text[:400])
            art.outlet = found.group("outlet") if found else None
        return art

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
        i = bisect_left(self._men_starts, a)
        j = bisect_left(self._men_starts, b)
        return [m for m in self.mentions[i:j] if m.end <= b and not self.in_dateline(m.start)]

    def dates_in(self, a: int, b: int) -> list[DateMention]:
        i = bisect_left(self._date_starts, a)
        j = bisect_left(self._date_starts, b)
        return [d for d in self.dates[i:j] if d.end <= b]

    def triggers_in(self, a: int, b: int) -> list[Trigger]:
        return self.triggers[bisect_left(self._trig_starts, a) : bisect_left(self._trig_starts, b)]

    def in_dateline(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.datelines)

    def words_before(self, pos: int, n: int) -> list[str]:
        """The folded forms of up to ``n`` tokens that end before ``pos``."""
        i = bisect_left(self._tok_starts, pos)
        return [t.norm for t in self.tokens[max(0, i - n) : i]]
