"""A share of a salvo told by what was left out of it: "all but three of the 40 missiles were shot down".

The number such a share writes counts the weapons that got through, not those stopped, so an
interception's count is the salvo's size less that number, and the attack's count is the salvo's size.
The size is read where the share names it ("all but two of 30 drones", "of the roughly 40 missiles"),
else from the last count of the same weapon told before it, in its sentence or the one before
("Iran fired about 40 missiles. All but three of the missiles were intercepted"); with no size
told, the share counts nothing.
"""

from __future__ import annotations

import re

from reporter.extract.document import Document
from reporter.extract.lexicon import Mention
from reporter.extract.numbers import NUMBER, QUALIFIER, parse_number

#: The words that leave a number out of the whole, right before it: "all but", "all except", "all save".
_ALL_BUT = re.compile(r"\ball\s+(?:but|except|save)\s+$", re.I)
#: The whole named inside the share, after "of": "of 53", "of the roughly 40".
_WHOLE_IN_SHARE = re.compile(rf"\bof\s+(?:the\s+)?(?:(?:{QUALIFIER})\s+)?(?P<n>{NUMBER})\s", re.I)
#: A count right before a weapon told earlier: "about 40 ballistic", "fired 53" (up to two describing words).
_COUNT_BEFORE = re.compile(rf"(?<![-/\w])(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}$", re.I)


#: What a stopping verb left out of the weapons told: "shot down all but four of them", or "all but four" ending
#: its clause (the weapons named by no word of their own).
ALL_BUT_OF_THEM = re.compile(
    rf"\s+all\s+(?:but|except|save)\s+(?P<n>{NUMBER})(?:\s+of\s+(?:them|those|these)\b|\s*(?=[,.;:]|$))", re.I
)


def left_out(text: str, lo: int, n_start: int) -> bool:
    """Whether the number at ``n_start`` is what a share left out ("all but three of ...")."""
    return bool(_ALL_BUT.search(text, max(lo, n_start - 20), n_start))


def salvo_size(art: Document, share: str, weapon: Mention) -> int | None:
    """The size of the salvo a share of ``weapon`` is told against: named in ``share`` (the words from the
    left-out number to the weapon) or counted for the same weapon earlier in its sentence or the one before."""
    m = _WHOLE_IN_SHARE.search(share)
    if m is not None:
        return parse_number(m.group("n"))
    kind = weapon.of("weapon")
    return size_told_before(art, weapon.start - len(share), None if kind is None else kind.sub)


def size_told_before(art: Document, pos: int, sub: str | None) -> int | None:
    """The last count of a weapon (of kind ``sub``, any when None) told before ``pos``, in its sentence or
    the one before (a wire's next paragraph goes on with the salvo its first told): "Russia launched 48
    drones, and air defences downed all but four of them"."""
    s_idx = art.sentence_index(pos)
    lo = art.sentences[s_idx - 1 if s_idx > 0 else s_idx].start
    size: int | None = None
    kind = sub
    for m2 in reversed(art.mentions_in(lo, pos)):
        told = m2.of("weapon")
        if told is None or (kind is not None and told.sub != kind and size is None):
            continue
        before = _COUNT_BEFORE.search(art.text, max(lo, m2.start - 40), m2.start)
        if before is None:  # (an uncounted mention, "the missiles", refers to the salvo counted before it)
            continue
        if size is not None:
            # (any kind asked for: "fired 30 drones and four missiles. All but three were downed" is of both
            # kinds, no one salvo's size)
            return None if told.sub != kind else size
        size, kind = parse_number(before.group("n")), told.sub
        if sub is not None:
            return size
    return size


def stopped_of(size: int | None, out: int | None) -> int | None:
    """The weapons stopped when ``out`` of ``size`` got through; None when either is unknown or they do not add up."""
    if size is None or out is None or out >= size:
        return None
    return size - out


#: A share of a salvo told with its size: "40 of 53", "40 out of 53", "all but one of the 30", "two of some 40".
_SHARE_WITH_SIZE = re.compile(
    rf"(?<![-/\w])(?:all\s+(?:but|except|save)\s+)?(?:{NUMBER})\s+(?:out\s+)?of\s+(?:the\s+)?(?:(?:{QUALIFIER})\s+)?(?P<n>{NUMBER})\s", re.I
)


def salvo_told(text: str, a: int, b: int) -> int | None:
    """The size of a salvo a share of which the span ``a``-``b`` tells ("shot down 40 of 53 drones": 53)."""
    m = _SHARE_WITH_SIZE.search(text, a, b)
    return parse_number(m.group("n")) if m else None
