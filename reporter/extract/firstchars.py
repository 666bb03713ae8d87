"""The characters a pattern's matches can start with, handed to the regex engine's search loop.

``re`` gives its engine a set of possible first characters only for simple patterns. For ours,
case-insensitive word lists behind ``\\b`` ("\\b(?:troops|forces|...)"), it gives none, so a
search runs the whole pattern at every position of the text. With the set, the engine skips in C
every position whose character cannot open a match, and runs the pattern only at the others:
searches take about half the time. The set is read from the parsed pattern and holds every
character any match can begin with (every case variant the engine accepts), so what a search
finds is exactly what it found without it; a pattern this cannot bound exactly is left as it was.
"""

from __future__ import annotations

import _sre
import re
from re import _compiler  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

try:  # the other lower cases the engine accepts for a letter ("s": "ſ"), as re's compiler uses them
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - another Python: no sets added
    _EXTRA_CASES = None

#: A class range wider than this is not spelled out (it would rarely narrow the search).
_MAX_RANGE = 512
#: A set that lets more than this share of ordinary text through costs more than it saves.
_MAX_PASS = 0.75
#: Ordinary English prose, to measure that share on.
_PROSE = (
    "On Tuesday, officials said that three rockets were fired at the base near the city, and no one "
    "was hurt. The ministry later reported 12 people killed in 2024; a spokesman for the group denied "
    "it had launched the attack."
)
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_SPACE: r"\s"}
_UNCASED: dict[int, tuple[int, ...]] = {}


class _Unbounded(Exception):
    """The pattern can start with a character this does not bound (".", "[^x]", a back reference)."""


def with_first_chars(code: list[int], parsed: Any, flags: int) -> list[int]:
    """``code`` (re's program for ``parsed``) with the set of its first characters, when re gave it
    none and one is worth having; else ``code`` itself."""
    # INFO block: [INFO, skip, mask, min width, max width, ...]; a pattern that can match the empty
    # string starts a match with no character at all.
    if _EXTRA_CASES is None or code[0] != sre.INFO or code[2] != 0 or code[3] == 0 or flags & re.LOCALE:
        return code
    chars: set[int] = set()
    categories: set[Any] = set()
    try:
        if _sequence(parsed.data, flags, chars, categories):
            return code
    except _Unbounded:
        return code
    if not chars and not categories:
        return code
    tests = [re.compile(_CATEGORIES[c], flags & re.ASCII) for c in sorted(categories)]
    passed = sum(1 for ch in _PROSE if ord(ch) in chars or any(t.match(ch) for t in tests))
    if passed > _MAX_PASS * len(_PROSE):
        return code
    charset, _ = _compiler._optimize_charset(
        [(sre.LITERAL, c) for c in sorted(chars)] + [(sre.CATEGORY, c) for c in sorted(categories)]
    )
    block = [sre.INFO, 0, sre.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags & ~re.IGNORECASE, block)
    block[1] = len(block) - 1
    return block + code[1 + code[1] :]


def _sequence(items: Any, flags: int, chars: set[int], categories: set[Any]) -> bool:
    """Adds what a match of the sequence can start with; True when it can match the empty string."""
    return all(_item(op, av, flags, chars, categories) for op, av in items)


def _item(op: Any, av: Any, flags: int, chars: set[int], categories: set[Any]) -> bool:
    ignore = bool(flags & re.IGNORECASE)
    if op is sre.LITERAL:
        chars.update(_variants(av, ignore))
        return False
    if op is sre.IN:
        for iop, iav in av:
            if iop is sre.LITERAL:
                chars.update(_variants(iav, ignore))
            elif iop is sre.RANGE and iav[1] - iav[0] <= _MAX_RANGE:
                for c in range(iav[0], iav[1] + 1):
                    chars.update(_variants(c, ignore))
            elif iop is sre.CATEGORY and iav in _CATEGORIES:
                categories.add(iav)
                if ignore:  # the engine tests the character's lower case against the class
                    test = re.compile(_CATEGORIES[iav], flags & re.ASCII)
                    chars.update(c for low, cs in _lower_of().items() if test.match(chr(low)) for c in cs)
            else:
                raise _Unbounded  # a negated class, or a category spelled out nowhere here
        return False
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return True  # zero width: the first character is the next item's
    if op is sre.SUBPATTERN:
        _, add, remove, sub = av
        return _sequence(sub.data, (flags | add) & ~remove, chars, categories)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(av.data, flags, chars, categories)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        return _sequence(av[2].data, flags, chars, categories) or av[0] == 0
    if op is sre.BRANCH:
        empty = False
        for alternative in av[1]:
            empty = _sequence(alternative.data, flags, chars, categories) or empty
        return empty
    raise _Unbounded


def cases_of(c: int) -> tuple[int, ...] | None:
    """Every character a cased letter matches under IGNORECASE with Unicode folding, each once and
    sorted; None for a character without case, or on another Python (see _EXTRA_CASES)."""
    if _EXTRA_CASES is None or not _sre.unicode_iscased(c):
        return None
    return tuple(sorted(set(_variants(c, True))))


def _variants(c: int, ignore: bool) -> tuple[int, ...]:
    """Every character a literal matches: itself; ignoring case, every one whose lower case (as the
    engine computes it) is the literal's or one of the others the engine accepts for it."""
    if not ignore or not _sre.unicode_iscased(c):
        return (c,)
    low = _sre.unicode_tolower(c)
    lower_of = _lower_of()
    out = [low]
    for k in (low, *_EXTRA_CASES.get(low, ())):
        out.append(k)
        out.extend(lower_of.get(k, ()))
    return tuple(out)


def _lower_of() -> dict[int, tuple[int, ...]]:
    """lower case -> the characters that have it (besides itself), over all of Unicode; made once
    per process that compiles patterns new to the cache (about a tenth of a second)."""
    if not _UNCASED:
        found: dict[int, list[int]] = {}
        tolower = _sre.unicode_tolower
        for c in range(0x110000):
            low = tolower(c)
            if low != c:
                found.setdefault(low, []).append(c)
        _UNCASED.update((k, tuple(v)) for k, v in found.items())
    return _UNCASED
