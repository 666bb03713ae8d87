"""Alternatives grouped by their first letter, so the regex engine tries a word list's few candidates.

At each position a pattern like "\\b(?:troops|forces|soldiers|...)" is tried at, re's engine tries
every alternative in turn, each failing on its first letter. Grouped under their shared first
letter ("f(?:orces|ighters)|s(?:oldiers|ailors)|..."), one test per letter turns most away. A
match is exactly what it was: only alternatives that open with different letters change places,
and no text can match both of those at one position (under IGNORECASE a letter is keyed by its
lower case, as re's compiler keys it), so the first alternative that matches, and the order the
engine backtracks through them, stay the same. An alternative opening with anything else (a
class, a group, a look-around) keeps its place and closes the group before it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from reporter.extract import firstchars

_REPEATS = tuple(
    getattr(sre, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(sre, n)
)
_ATOMIC = getattr(sre, "ATOMIC_GROUP", None)


def grouped(parsed: Any, flags: int) -> Any:
    """The parsed pattern (re._parser) with its alternatives grouped, in place; returned for chaining.
    Under IGNORECASE each alternative that opens with a letter then opens with its cases (see
    _cased_heads)."""
    flags |= parsed.state.flags
    icase = bool(flags & sre.SRE_FLAG_IGNORECASE)
    parsed.data = _items(parsed.data, icase, parsed.state)
    if not flags & (sre.SRE_FLAG_ASCII | sre.SRE_FLAG_LOCALE) and not _sets_flags(parsed.data, _CHARSET_FLAGS):
        parsed.data = _cased_heads(parsed.data, icase, parsed.state)
    return parsed


#: Flags that change what a letter matches under IGNORECASE (Unicode folding is assumed).
_CHARSET_FLAGS = sre.SRE_FLAG_ASCII | sre.SRE_FLAG_LOCALE | sre.SRE_FLAG_UNICODE


def _cased_heads(items: list[Any], icase: bool, state: Any) -> list[Any]:
    """Under IGNORECASE, an alternative that opens with a cased letter opens instead with a
    case-sensitive class of every character the engine takes for that letter ("f" as "(?-i:[Ff])"):
    the engine tests an alternative's opening class (or a case-sensitive letter) before it enters it,
    and enters every other alternative to fail on its first letter there, so a list of words or of
    first-letter groups (see _group) is turned away at a letter it cannot open with at one test per
    alternative. The characters are those the engine's case folding accepts (firstchars.cases_of), so
    what matches is the same. A letter with more than two runs of such characters stays as it is
    ("i" with the dotted and dotless i, "k" with the Kelvin sign, "s" with the long s): re writes
    such a class as a 64K-bit map, not a short list, and the compiled programs grew by a third.
    Other alternatives, and patterns folding case by ASCII or LOCALE, stay as they are."""

    def alternatives(alts: list[list[Any]], icase: bool) -> list[list[Any]]:
        return [_cased_head(_cased_heads(a, icase, state), icase, state) for a in alts]

    return _rebuilt(items, icase, state, alternatives)


def _cased_head(alt: list[Any], icase: bool, state: Any) -> list[Any]:
    if not icase or not alt or alt[0][0] is not sre.LITERAL:
        return alt
    cases = firstchars.cases_of(alt[0][1])
    if cases is None or sum(b != a + 1 for a, b in itertools.pairwise(cases)) > 1:
        return alt
    head = _sub([(sre.IN, [(sre.LITERAL, c) for c in cases])], state)
    return [(sre.SUBPATTERN, (None, 0, sre.SRE_FLAG_IGNORECASE, head)), *alt[1:]]


def _sets_flags(items: Any, flags: int) -> bool:
    """Whether a group of the parsed sequence sets or clears one of ``flags``."""
    for op, av in items:
        if op is sre.SUBPATTERN and (av[1] | av[2]) & flags:
            return True
        for part in av if isinstance(av, (tuple, list)) else (av,):
            if isinstance(part, _parser.SubPattern) and _sets_flags(part.data, flags):
                return True
            if (
                isinstance(part, list)
                and part
                and isinstance(part[0], _parser.SubPattern)
                and any(_sets_flags(b.data, flags) for b in part)
            ):
                return True
    return False


def _items(items: list[Any], icase: bool, state: Any) -> list[Any]:
    def alternatives(alts: list[list[Any]], icase: bool) -> list[list[Any]]:
        return _group(_boundary_first([_items(a, icase, state) for a in alts], icase, state), icase, state)

    return _rebuilt(items, icase, state, alternatives)


def _rebuilt(
    items: list[Any], icase: bool, state: Any, alternatives: Callable[[list[list[Any]], bool], list[list[Any]]]
) -> list[Any]:
    """The parsed sequence rebuilt with each branch's alternatives as ``alternatives`` gives them
    (called with the alternatives and whether case is ignored there), and every group, repeat and
    look-around around them rebuilt the same way: the one walk _items and _cased_heads share."""
    out = []
    for op, av in items:
        if op is sre.BRANCH:
            out.append((op, (av[0], [_sub(a, state) for a in alternatives([list(a) for a in av[1]], icase)])))
        elif op is sre.SUBPATTERN:
            group, add, remove, p = av
            inner = (icase or bool(add & sre.SRE_FLAG_IGNORECASE)) and not remove & sre.SRE_FLAG_IGNORECASE
            out.append((op, (group, add, remove, _sub(_rebuilt(list(p), inner, state, alternatives), state))))
        elif op in _REPEATS:
            lo, hi, p = av
            out.append((op, (lo, hi, _sub(_rebuilt(list(p), icase, state, alternatives), state))))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, p = av
            out.append((op, (direction, _sub(_rebuilt(list(p), icase, state, alternatives), state))))
        elif _ATOMIC is not None and op is _ATOMIC:
            out.append((op, _sub(_rebuilt(list(av), icase, state, alternatives), state)))
        else:
            out.append((op, av))
    return out


def _group(alts: list[list[Any]], icase: bool, state: Any) -> list[list[Any]]:
    out: list[list[Any]] = []
    run: dict[int, list[list[Any]]] = {}  # first letter -> its alternatives, in their order

    def close() -> None:
        for key, group in run.items():
            if len(group) == 1:
                out.append(group[0])
            else:
                rest = [_sub(a[1:], state) for a in group]
                out.append([(sre.LITERAL, key), (sre.BRANCH, (None, rest))])
        run.clear()

    for alt in (part for a in alts for part in _letter_first(a, icase, state)):
        key = _key(alt, icase)
        if key is None:
            close()
            out.append(alt)
        else:
            run.setdefault(key, []).append(alt)
    close()
    return out


def _letter_first(alt: list[Any], icase: bool, state: Any) -> list[list[Any]]:
    """_by_letter's copies of an alternative, each with its look-behinds put after its first letter, the
    letter added to their end ("(?<=been\\s)withdrawn" as "w(?<=been\\sw)ithdrawn", "(?<!the\\s)landed"
    as "l(?<!the\\sl)anded"), so it too opens with that letter. The same test at the same place: the
    text before the letter ends so and the letter follows exactly where, past the letter, the text ends
    with both."""
    k = 0
    while k < len(alt) and alt[k][0] in (sre.ASSERT, sre.ASSERT_NOT) and alt[k][1][0] == -1:
        k += 1
    copies = _by_letter(alt[k:], icase, state)
    if not k:
        return copies
    out = []
    for copy in copies:
        if _key(copy, icase) is None:
            out.append([*alt[:k], *copy])
            continue
        letter = copy[0]
        behind = [(op, (-1, _sub([*p.data, letter], state))) for op, (_, p) in alt[:k]]
        out.append([letter, *behind, *copy[1:]])
    return out


def _by_letter(alt: list[Any], icase: bool, state: Any) -> list[list[Any]]:
    """An alternative that opens with a group of alternatives ("(?:completed|finished|concluded)\\s+the
    ..."), as one copy per first letter of them, each the group's alternatives of that letter then the
    same rest ("c(?:ompleted|oncluded)\\s+the ...|finished\\s+the ..."): each copy then opens with its
    letter and joins the others of that letter (_group), where the engine entered the group at every
    position it was tried at. The same matches in the same order: at any position at most one copy gets
    past its first letter, and it tries the group's alternatives of that letter in their order, as the
    group did (the others fail there on that letter). Only a group that captures nothing and sets no
    flag, whose alternatives all open with an ASCII literal (else the alternative as it is)."""
    if not alt:
        return [alt]
    op, av = alt[0]
    if op is sre.SUBPATTERN:
        group, add, remove, p = av
        if group is not None or add or remove or len(p.data) != 1 or p.data[0][0] is not sre.BRANCH:
            return [alt]
        av = p.data[0][1]
    elif op is not sre.BRANCH:
        return [alt]
    letters: dict[int, list[Any]] = {}
    for b in av[1]:
        key = _key(list(b), icase)
        if key is None:
            return [alt]
        letters.setdefault(key, []).append(b)
    if (len(letters) == 1 and len(av[1]) > 1) or (len(letters) - 1) * _size(alt[1:]) > _MAX_COPIED:
        return [alt]
    out = []
    for bs in letters.values():
        head = list(bs[0]) if len(bs) == 1 else [(sre.BRANCH, (None, bs))]
        out.append([*head, *alt[1:]])
    return out


#: The most items of a rest _by_letter copies, over all its copies: each copy is compiled, checked
#: and kept (a long rest copied for many letters made the programs a third larger and every start
#: of the extract modules slower).
_MAX_COPIED = 60


def _size(items: Any) -> int:
    """How many items a parsed sequence holds, those inside its groups, repeats and branches too."""
    n = 0
    for _, av in items:
        n += 1
        for part in av if isinstance(av, (tuple, list)) else (av,):
            if isinstance(part, _parser.SubPattern):
                n += _size(part.data)
            elif isinstance(part, list) and part and isinstance(part[0], _parser.SubPattern):
                n += sum(_size(b.data) for b in part)
    return n


def _boundary_first(alts: list[list[Any]], icase: bool, state: Any) -> list[list[Any]]:
    """Alternatives that each open with ``\\b``, one after another, as one: ``\\b`` then their rest,
    grouped. Inside a word the engine tried each and failed each on its ``\\b``; now one test fails
    there. The ``\\b`` is zero-width, so every match, group span and the order tried stay the same."""
    out: list[list[Any]] = []
    run: list[list[Any]] = []

    def close() -> None:
        if len(run) > 1:
            rest = _group([a[1:] for a in run], icase, state)
            out.append([run[0][0], (sre.BRANCH, (None, [_sub(a, state) for a in rest]))])
        else:
            out.extend(run)
        run.clear()

    for alt in map(_boundary_out, alts):
        if alt and alt[0] == _BOUNDARY:
            run.append(alt)
        else:
            close()
            out.append(alt)
    close()
    return out


_BOUNDARY = (sre.AT, sre.AT_BOUNDARY)


def _boundary_out(alt: list[Any]) -> list[Any]:
    """``(?P<x>\\b...)...`` as ``\\b(?P<x>...)...`` (the same place, the same group span), for a group
    that sets no flag (a flag may change what ``\\b`` reads); other alternatives as they are."""
    if alt and alt[0][0] is sre.SUBPATTERN:
        group, add, remove, p = alt[0][1]
        if not add and not remove and p.data and p.data[0] == _BOUNDARY:
            return [_BOUNDARY, (sre.SUBPATTERN, (group, add, remove, _sub(p.data[1:], p.state))), *alt[1:]]
    return alt


def _key(alt: list[Any], icase: bool) -> int | None:
    """The ASCII character an alternative opens with (lower-cased under IGNORECASE), else None."""
    if not alt or alt[0][0] is not sre.LITERAL or alt[0][1] >= 128:
        return None
    c = alt[0][1]
    return ord(chr(c).lower()) if icase else c


def _sub(items: list[Any], state: Any) -> Any:
    p = _parser.SubPattern(state)
    p.data = list(items)
    return p
