"""A cheap test before a costly pattern: the words every match of it must contain.

Python's regex engine tries each alternative of a case-insensitive pattern at every word start, so a
pattern of fifty alternatives costs ~100 microseconds a sentence even where nothing matches. Most
sentences lack every word the pattern needs ("frequent", "spate", "more ... than"), and a few
substring tests in C tell that first. The needed words are read from the pattern itself (its
parse tree), so the test stays exact when someone edits the pattern: a match contains the
literals it consumes, so when the lower-cased text lacks them no match exists, and the pattern's
answer is given without running it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from re import Match, Pattern
from typing import Any, NamedTuple

try:  # CPython's own parser and compiler of patterns: private, so a Python may lack them
    from re import _compiler, _parser  # type: ignore[attr-defined]
    from re import _constants as sre  # type: ignore[attr-defined]
except ImportError:  # no needle test and no twin: every pattern runs as it is (the same answers)
    _compiler = _parser = sre = None

#: A needle formula: True (no test), a lower-cased word, or ("and"|"or", parts).
Formula = Any

#: Needles shorter than this are left out: "of" or "a" is in nearly every sentence, a test wasted.
_MIN_NEEDLE = 3
#: A gate of more substring tests than this is left out (the pattern is searched as a Folded one): each
#: test reads the span again, and a text that passes pays for all of them before the search; the few
#: patterns of more than a hundred tests, tried only in sentences already picked by their words, were
#: searched faster without theirs (the 71-test one and all smaller ones were slower without).
_MAX_TESTS = 80
#: Characters whose lower case breaks the test: the engine's case-insensitive "i" and "s" also match
#: "ı" and "ſ", and "İ" lower-cases to two characters. Text holding one is searched as it is.
_ODD_CASE = re.compile("[ıſİ]")
#: Texts at least this long are lower-cased whole, once (see might_match), even when tested whole.
_LONG = 2000
#: The last text tested span by span (or long), its lower case (None when it holds an "İ") and
#: whether it holds an odd letter at all (most hold none, so no span of them needs that search).
_LOWERED: list[tuple[str | None, str | None, bool]] = [(None, None, False)]
#: The last short text tested whole (a sentence's own string, a short article's head) and its lower
#: case: one string is mostly asked of by several patterns in a row (a sentence by each attribution
#: pattern, a short page by each date-line pattern), and each asked for its lower case again.
_SHORT: list[tuple[str | None, str]] = [(None, "")]
_REPEATS = tuple(
    getattr(sre, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(sre, n)
)
_ATOMIC = getattr(sre, "ATOMIC_GROUP", None)
#: How a class writes each category a parse tree holds.
_CATEGORIES = {
    getattr(sre, f"CATEGORY_{name}"): code
    for name, code in (("DIGIT", r"\d"), ("NOT_DIGIT", r"\D"), ("SPACE", r"\s"), ("NOT_SPACE", r"\S"),
                       ("WORD", r"\w"), ("NOT_WORD", r"\W"))
    if hasattr(sre, f"CATEGORY_{name}")
}  # fmt: skip
#: Ops that read no letter's case: anchors, categories (\\w, \\s, \\d and their negations), any.
_NEUTRAL = tuple(getattr(sre, n) for n in ("AT", "ANY", "CATEGORY") if hasattr(sre, n))
_MISSING = object()


def _odd_case(text: str) -> bool:
    """``_ODD_CASE.search(text) is not None``, as three scans in C for one character each: a whole
    article is asked, and the regex engine's scan costs several times more per character."""
    return "ı" in text or "ſ" in text or "İ" in text


def _short_lower(text: str) -> str:
    """``text.lower()`` of a short text tested whole, kept for the next pattern that asks of it."""
    pair = _SHORT[0]  # read once: another thread may replace it
    if pair[0] is text:
        return pair[1]
    lowered = text.lower()
    _SHORT[0] = (text, lowered)
    return lowered


def _article_pair(text: str) -> tuple[str, str | None, bool]:
    """``text`` with its lower case (None when it holds an "İ") and whether it holds an odd letter,
    kept as the text read span by span (_LOWERED); a short article's lower case may be at hand
    already, made when its head was tested whole (_SHORT)."""
    odd = not text.isascii() and _odd_case(text)
    if "\u0130" in text:
        lowered = None
    else:
        short = _SHORT[0]
        lowered = short[1] if short[0] is text else text.lower()
    pair = _LOWERED[0] = (text, lowered, odd)
    return pair


def lower_of(text: str) -> str:
    """``text.lower()`` of an article, made once: the one its patterns read span by span, or its head's
    when a short page was tested whole; else made here and kept for them."""
    pair = _LOWERED[0]  # read once: another thread may replace it
    if pair[0] is not text:
        short = _SHORT[0]
        if short[0] is text:
            return short[1]
        pair = _article_pair(text)
    return text.lower() if pair[1] is None else pair[1]  # (None: it holds an "İ", not kept)


def _open_store() -> dict[Any, Any] | None:
    """The compiled cache open while the extract modules import (patterns.cached, found without an
    import: a store is open only once that module is loaded). What this module derives from a
    pattern (a guard's source, a needle formula, a twin's program) is kept there with the patterns'
    own programs, so a later process reads it instead of parsing each pattern again (about 0.2 s of
    every process that extracts)."""
    stores = getattr(sys.modules.get("reporter.extract.patterns"), "STORES", None)
    return stores[-1] if stores else None


def _stored(kind: str, pattern: Pattern[str] | str, make: Callable[[], Any], flags: int = 0) -> Any:
    """``make()``, kept in the open store under the pattern's source and flags (made as is without one);
    a source given as a string keys with ``flags``."""
    store = _open_store()
    if store is None:
        return make()
    key = (kind, pattern, flags) if isinstance(pattern, str) else (kind, pattern.pattern, pattern.flags)
    found = store.get(key, _MISSING)
    if found is _MISSING:
        found = store[key] = make()
    return found


def formula(pattern: Pattern[str]) -> Formula:
    """What the lower-cased text of any match of ``pattern`` contains, as an and/or formula of words
    (True, no test, where the pattern cannot be read: see the imports)."""
    if _parser is None:
        return True
    try:
        return _sequence(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # a parse tree of another shape than this module reads: no test
        return True


def _sequence(items: Any, prefix: str = "") -> Formula:
    parts: list[Formula] = []
    run: list[str] = list(prefix)
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av))  # ASCII only: non-ASCII case folding has more exceptions
            continue
        if op is sre.IN and (letter := _both_cases(av)):
            run.append(letter)  # "[Aa]s of": the lower-cased text holds "as of"
            continue
        if run and op is sre.BRANCH:
            # re's parser takes the common start out of "have|has" ("ha" and "ve|s", each too short
            # to test): joined back to each alternative, the words are whole again.
            parts.append(_any([_sequence(b, "".join(run)) for b in av[1]]))
            run = []
            continue
        if run and op is sre.SUBPATTERN:
            parts.append(_sequence(av[-1], "".join(run)))  # "ha(?:ve|s)": the group goes on the word
            run = []
            continue
        parts.append("".join(run))
        run = []
        parts.append(_item(op, av))
    parts.append("".join(run))
    return _all([p.lower() if isinstance(p, str) else p for p in parts])


def _both_cases(items: Any) -> str:
    """The letter of a class that holds its two cases and nothing else ("[Aa]"), as the lower-cased
    text has it; "" for any other class."""
    if len(items) != 2 or any(op is not sre.LITERAL or av >= 128 for op, av in items):
        return ""
    a, b = chr(items[0][1]), chr(items[1][1])
    return a.lower() if a != b and a.isalpha() and a.lower() == b.lower() else ""


def _item(op: Any, av: Any) -> Formula:
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is _ATOMIC:
        return _sequence(av)
    if op in _REPEATS:
        return _sequence(av[2]) if av[0] >= 1 else True
    if op is sre.BRANCH:
        return _any([_sequence(b) for b in av[1]])
    # Classes, anchors and look-arounds (which may see outside the span searched) need nothing.
    return True


def _all(parts: list[Formula]) -> Formula:
    flat: list[Formula] = []
    for p in parts:
        if isinstance(p, tuple) and p[0] == "and":
            flat.extend(p[1])
        elif p is not True and not (isinstance(p, str) and len(p) < _MIN_NEEDLE) and p not in flat:
            flat.append(p)
    if not flat:
        return True
    # The longest word first: the rarest, so a sentence without it is turned away after one test.
    flat.sort(key=lambda p: -len(p) if isinstance(p, str) else 0)
    return flat[0] if len(flat) == 1 else ("and", tuple(flat))


def _any(parts: list[Formula]) -> Formula:
    if any(p is True for p in parts):
        return True
    flat: list[Formula] = []
    for p in parts:
        flat.extend(p[1] if isinstance(p, tuple) and p[0] == "or" else (p,))
    # A part that holds another part's word adds nothing to "or": "times" makes "several times" moot.
    words = [w for w in flat if isinstance(w, str)]
    kept: list[Formula] = []
    for q in flat:
        if q not in kept and not any(w != q and _holds(q, w) for w in words):
            kept.append(q)
    return kept[0] if len(kept) == 1 else ("or", tuple(kept))


def _holds(f: Formula, word: str) -> bool:
    """Every text that satisfies ``f`` contains ``word``."""
    if isinstance(f, str):
        return word in f
    return f[0] == "and" and any(_holds(p, word) for p in f[1])


def _size(f: Formula) -> int:
    """How many substring tests a formula holds."""
    return 1 if isinstance(f, str) else sum(map(_size, f[1]))


def _source(f: Formula) -> str:
    if isinstance(f, str):
        return f"{f!r} in s"
    # A conjunction is false as soon as one of its parts is, and most texts tested lack a match: its
    # part of fewest tests goes first (in the formula's order among equals), so a text lacking that
    # part is turned away after fewest tests ("'returned' in s and ('base' in s or 'camp' in s ...)",
    # not the other way round). Each test is a pure substring test: the order changes no answer.
    parts = sorted(f[1], key=_size) if f[0] == "and" else f[1]
    return "(" + f" {f[0]} ".join(map(_source, parts)) + ")"


def compile_test(f: Formula) -> Callable[[str], bool] | None:
    """The formula as one Python expression of substring tests (each in C), or None for no test."""
    if f is True:
        return None
    return eval("lambda s: " + _source(f))


def _gate(f: Formula) -> Callable[[str], bool] | None:
    """A gated pattern's test (compile_test), or None where it holds more than _MAX_TESTS substring tests."""
    return None if f is not True and _size(f) > _MAX_TESTS else compile_test(f)


def guarded(pattern: Pattern[str]) -> Pattern[str]:
    """``pattern`` behind a look-ahead of the characters its matches start with: the same matches,
    spans and groups, found sooner by a search over a long text.

    The engine tries a pattern at every position of a search, and one that opens with a word
    boundary, a look-around or an optional part is entered in full at each. A leading class test
    turns most positions away at once ("\\s*;|,\\s+(?=which)" can only start at a space, ";" or
    ","). Not where the engine already skips by its own first literal or class (the guard would only
    hide that from it), nor where the start is any character or a match can be empty; then, or
    without re's private parser, the pattern is returned as it is.
    """
    if _parser is None:
        return pattern
    source = _stored("guard", pattern, lambda: _guard_source(pattern))
    if source is None:
        return pattern
    try:
        return re.compile(source, pattern.flags)
    except Exception:  # a class it could not write
        return pattern


def opening_class(source: str, flags: int = 0) -> str:
    """A look-ahead for the characters a match of ``source`` can start with (the guard of guarded,
    alone), to put before it where the engine tries it at many positions: a lazy reach
    ("(?:.){0,100}?PATTERN") then turns the other positions away at one test. Compiled with the same
    flags, the class folds case as the pattern's own letters do (under IGNORECASE "k" lets "K" and
    the Kelvin sign through), so what matches is unchanged; "" where the start is any character or
    a match can be empty."""
    if _parser is None:
        return ""
    # (kept with the compiled patterns: parsing a big pattern takes a millisecond)
    return _stored("opening", source, lambda: _opening_class(source, flags), flags)


def _opening_class(source: str, flags: int) -> str:
    try:
        first, empty = _first(_parser.parse(source, flags).data)
        return "" if first is None or empty else f"(?=[{_class(first)}])"
    except Exception:  # a tree of another shape than this module reads, or a class it cannot write
        return ""


#: The most openings a guard of them may hold (opening_guard): a pattern of more is left without one.
_MAX_OPENINGS = 400


def opening_guard(source: str, flags: int = 0) -> str:
    """A look-ahead for the ways a match of ``source`` can open, to put before it where the engine
    tries it at many positions and most alternatives open with a word: at each position one test of
    a few letters turns most away, where the engine entered every alternative.

    Each path through the pattern's alternatives, optional parts and small classes of letters gives
    its opening: what the path reads up to the end of its first run of literal characters ("has",
    "handed", "demobilized"), with what it reads before that run kept ("\\w+ly" of an adverb, a
    look-behind). What a path reads first is a prefix of any match along it, so wherever a match
    starts one opening matches too, and what matches is unchanged. "" (no guard) where a path opens
    with nothing such a prefix can be read from, or the openings are too many."""
    if _parser is None:
        return ""
    return _stored("openings", source, lambda: _opening_guard(source, flags), flags)


class _NoOpening(Exception):
    pass


#: An opening being read (_openings): its items, each written with whether it is zero-width, and
#: whether its literal run has begun.
_Path = tuple[tuple[tuple[str, bool], ...], bool]


def _opening_guard(source: str, flags: int) -> str:
    try:
        done, still = _openings(_parser.parse(source, flags).data, [((), False)])
        found: dict[tuple[str, ...], None] = {}
        for items, lit in done + still:
            # an opening with its literal run needs no look-around before it: left out, the run can
            # lead the opening, and openings of one first letter are then tried together
            found[tuple(src for src, zero in items if not (lit and zero))] = None
        if not found or () in found or len(found) > _MAX_OPENINGS:
            return ""
        # an opening that another one begins with adds nothing to that one ("mission was" to "mission")
        kept = [o for o in found if not any(o[:n] in found for n in range(1, len(o)))]
        guard = f"(?={'|'.join(''.join(o) for o in kept)})"
        re.compile(guard + source, flags)  # (a class or repeat this module writes otherwise: no guard)
        return guard
    except Exception:  # _NoOpening, or a tree of another shape than this module reads
        return ""


def _openings(items: Any, paths: list[_Path]) -> tuple[list[_Path], list[_Path]]:
    """The openings of ``paths`` read on through ``items``: those closed (their literal run ended, or
    an item came that cannot be written) and those still open after the last item."""
    done: list[_Path] = []
    for op, av in items:
        if not paths:
            break
        if len(done) + len(paths) > _MAX_OPENINGS:
            raise _NoOpening
        letters = _letters(op, av)
        if letters is not None:  # a literal, or a small class of them: one path per character
            paths = [((*path, (c, False)), True) for path, _ in paths for c in letters]
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:
            more, paths = _openings(av[3], paths)
            done += more
        elif op is sre.BRANCH:
            ends: list[_Path] = []
            for alt in av[1]:
                more, still = _openings(alt, paths)
                done += more
                ends += still
            paths = ends
        elif op in _REPEATS and av[0] == 0 and av[1] == 1:  # an optional part: read past it or through it
            more, still = _openings(av[2], paths)
            done += more
            paths = paths + still
        else:
            # the literal run ends at anything else; before it, an item this module can write is kept
            # and the path read on ("\\w+" of "\\w+ly"), a zero-width one it cannot is left out
            zero = op in _ZERO_WIDTH
            item = _item_source(op, av)
            done += [p for p in paths if p[1] or (item is None and not zero)]
            if item is None and not zero:
                paths = []
            elif item is None:
                paths = [p for p in paths if not p[1]]
            else:
                paths = [((*path, (item, zero)), False) for path, lit in paths if not lit]
    return done, paths


_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT) if sre is not None else ()


def _letters(op: Any, av: Any) -> list[str] | None:
    """The characters of a literal or of a class of at most four literals, written; else None."""
    if op is sre.LITERAL:
        return [_escape(av)]
    if op is sre.IN and len(av) <= 4 and all(iop is sre.LITERAL for iop, _ in av):
        return [_escape(c) for _, c in av]
    return None


def _item_source(op: Any, av: Any) -> str | None:
    """The source of one item a guard may keep: a class, a repeat of one, "\\b", a look-around of
    such; None for anything else."""
    if op is sre.LITERAL:
        return _escape(av)
    if op is sre.IN:
        if av and av[0][0] is sre.NEGATE:
            return f"[^{_class(av[1:])}]"
        return f"[{_class(av)}]"
    if op is sre.AT:
        return {sre.AT_BOUNDARY: r"\b", sre.AT_NON_BOUNDARY: r"\B"}.get(av)
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        direction, sub = av
        parts = [_item_source(o, a) for o, a in sub.data]
        if not parts or None in parts:
            return None
        kind = {(sre.ASSERT, 1): "?=", (sre.ASSERT, -1): "?<=", (sre.ASSERT_NOT, 1): "?!", (sre.ASSERT_NOT, -1): "?<!"}
        return f"({kind[op, direction]}{''.join(parts)})"  # type: ignore[str-bytes-safe]
    if op in _REPEATS[:2]:
        lo, hi, sub = av
        if len(sub.data) != 1:
            return None
        inner = _item_source(*sub.data[0])
        if inner is None or sub.data[0][0] in _ZERO_WIDTH:
            return None
        bound = f"{{{lo},}}" if hi == sre.MAXREPEAT else f"{{{lo},{hi}}}"
        return inner + bound + ("?" if op is sre.MIN_REPEAT else "")
    return None


def _guard_source(pattern: Pattern[str]) -> str | None:
    """The source of ``pattern`` behind its guard (see guarded), or None to keep it as it is."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if tree.getwidth()[0] == 0 or _skips_itself(tree.data) or _has_first_chars(pattern):
            return None
        first, empty = _first(tree.data)
        if first is None or empty:
            return None
        verbose = pattern.flags & re.VERBOSE
        source = pattern.pattern
        # a look-ahead of one class, then the pattern as one group (a new line ends a last comment)
        return f"(?=[{_class(first)}])(?:{source}{chr(10) if verbose else ''})"
    except Exception:  # a tree of another shape than this module reads, or a class it cannot write
        return None


def _has_first_chars(pattern: Pattern[str]) -> bool:
    """The engine's search skips by the set of characters the pattern can start with, which its
    compiled program holds (a pattern compiled from the extract modules' cache: see firstchars.py);
    a guard would only test the same set again, inside the pattern, at each position the search
    stops at. (A pattern re compiled itself has no such set: the guard is what skips there.)"""
    import _sre

    from reporter.extract.patterns import program

    made = program(pattern.pattern, pattern.flags)
    code = made[1]
    if code[0] != sre.INFO or not code[2] & (sre.SRE_INFO_PREFIX | sre.SRE_INFO_CHARSET):
        return False
    return pattern == _sre.compile(pattern.pattern, *made)  # (patterns compare by their programs)


def _skips_itself(items: Any) -> bool:
    """The engine's own search skips ahead: the pattern opens with a literal or a class, or with
    alternatives that each open with a literal (re's "prefix" and "charset" of a pattern)."""
    while items and items[0][0] is sre.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        items = items[0][1][-1].data
    if not items:
        return False
    op, av = items[0]
    if op in (sre.LITERAL, sre.IN):
        return True
    return op is sre.BRANCH and all(b.data and b.data[0][0] is sre.LITERAL for b in av[1])


def _class(items: list[Any]) -> str:
    """The inside of a character class holding ``items`` (from _first)."""
    out: list[str] = []
    for op, av in dict.fromkeys(items):  # each once, in order
        if op is sre.LITERAL:
            out.append(_escape(av))
        elif op is sre.RANGE:
            out.append(f"{_escape(av[0])}-{_escape(av[1])}")
        elif op is sre.CATEGORY:
            out.append(_CATEGORIES[av])
        else:
            raise ValueError(op)  # no guard
    return "".join(out)


def _escape(code: int) -> str:
    if chr(code).isascii() and chr(code).isalnum():
        return chr(code)
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


class Twin(NamedTuple):
    """A case-sensitive pattern to search the text's lower case with (see twin)."""

    pattern: Pattern[str]
    #: True: it matches exactly where its pattern does; False: wherever its pattern does, and more
    #: (a "(?-i:[A-Z])" made "[a-z]"), so each place it finds is only where the pattern may match.
    exact: bool


class _NoTwin(Exception):
    pass


def twin(pattern: Pattern[str]) -> Twin | None:
    """``pattern`` without IGNORECASE, to search the text's lower case with; None where that could
    miss where the pattern matches on the text as written.

    A case-insensitive engine folds every character it compares and tries each alternative in turn;
    a case-sensitive one compares literals as they are and passes over an alternative whose first
    letter differs, several times faster on a pattern of many alternatives. On a text lower-cased
    whole (same length: no "İ"; no "ı" or "ſ", which the engine's "i" and "s" also match), the
    pattern with its ASCII letters lower-cased matches at the same places with the same spans. A
    part that keeps to case ("(?-i:[A-Z][a-z]+)") can only be loosened so ("[a-z][a-z]+"): that twin
    finds every place the pattern matches and some more, each of which the pattern then tries.
    No twin for a non-ASCII cased letter, a back-reference, a pattern that can match nothing, or a
    part that keeps to case inside a negative look-around or a negated class (loosened, it would
    turn away what the pattern takes).
    """
    if not pattern.flags & re.IGNORECASE or _parser is None:
        return None
    try:
        made = _stored("twin", pattern, lambda: _twin_program(pattern))
        if made is None:
            return None
        import _sre

        return Twin(_sre.compile(None, *made[0]), made[1])
    except _Unkept:  # an engine unlike 3.11's: re's compiler, as before (nothing to keep)
        found = _twin_tree(pattern)
        return None if found is None else Twin(_compiler.compile(found[0], found[1]), found[2])
    except Exception:  # a program this engine refuses
        return None


class _Unkept(Exception):
    """A twin only re's own compiler can compile (no program to keep)."""


def _twin_tree(pattern: Pattern[str]) -> tuple[Any, int, bool] | None:
    """The twin's parse tree, its flags and whether it is exact (see twin), or None for no twin."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if tree.getwidth()[0] == 0:
            return None
        exact = _fold(tree.data, True, False)
        first, empty = (None, False) if _skips_itself(tree.data) else _first(tree.data)
        if first is not None and not empty:
            # A guard of the characters a match can start with: the engine tries a pattern at every
            # position, and this one test turns most of them away before any alternative is tried.
            guard = (sre.ASSERT, (1, _parser.SubPattern(tree.state, [(sre.IN, first)])))
            tree.data.insert(_after_boundary(tree), guard)
        tree.state.flags &= ~re.IGNORECASE
        return tree, pattern.flags & ~re.IGNORECASE, exact
    except Exception:  # _NoTwin, or a parse tree of another shape than this module reads
        return None


_BOUNDARY = (sre.AT, sre.AT_BOUNDARY) if sre is not None else None


def _after_boundary(tree: Any) -> int:
    """Where the guard goes in the twin's parsed sequence: after the "\\b" the pattern opens with, so
    inside a word (where most of the letters the guard lets pass are) that cheaper test fails first;
    zero-width both, at one place, they pass and fail together in either order. A pattern of
    alternatives that each open with "\\b" (or a group that does, "(?P<x>\\b...)") opens with it too:
    "\\b(?:A|B)" for "\\bA|\\bB", the same matches, spans and groups."""
    data = tree.data
    if len(data) == 1 and data[0][0] is sre.BRANCH:
        alts = [_boundary_out(list(a)) for a in data[0][1][1]]
        if all(a and a[0] == _BOUNDARY for a in alts):
            rests = [_parser.SubPattern(tree.state, a[1:]) for a in alts]
            data[:] = [_BOUNDARY, (sre.BRANCH, (None, rests))]
    at = 0
    while at < len(data) and data[at] == _BOUNDARY:
        at += 1
    return at


def _boundary_out(alt: list[Any]) -> list[Any]:
    """``(?P<x>\\b...)...`` as ``\\b(?P<x>...)...`` (the same place, the same group span), for a group
    that sets no flag; other alternatives as they are."""
    if alt and alt[0][0] is sre.SUBPATTERN:
        group, add, remove, p = alt[0][1]
        if not add and not remove and p.data and p.data[0] == _BOUNDARY:
            inner = _parser.SubPattern(p.state, p.data[1:])
            return [_BOUNDARY, (sre.SUBPATTERN, (group, add, remove, inner)), *alt[1:]]
    return alt


def _twin_program(pattern: Pattern[str]) -> tuple[Any, bool] | None:
    """The twin compiled as the extract modules' own patterns are (patterns.program), with whether
    it is exact, or None for no twin: its alternatives grouped by their first letter and, where re
    gives its search loop none, the set of characters a match can start with, so a search skips in C
    the positions its guard turns away. The same matches as re's own compile, which is the fallback
    (raised as _Unkept)."""
    found = _twin_tree(pattern)
    if found is None:
        return None
    tree, flags, exact = found
    try:
        import _sre

        from reporter.extract.patterns import tree_program

        program = tree_program(tree, flags)
        _sre.compile(None, *program)  # an engine unlike 3.11's refuses it here
    except Exception as exc:
        raise _Unkept from exc
    return program, exact


def _first(items: Any) -> tuple[list[Any] | None, bool]:
    """The characters a match of the parsed sequence can start with, as the items of a class (None:
    any), and whether the sequence can match nothing (then what follows it may start the match)."""
    out: list[Any] = []
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the first character is the next item's
        if op is sre.LITERAL or op is sre.CATEGORY:
            found, empty = [(op, av)], False
        elif op is sre.IN:
            if any(iop is sre.NEGATE for iop, _ in av):
                return None, False
            found, empty = list(av), False
        elif op is sre.SUBPATTERN:
            if av[1]:  # a group that turns a flag on ("(?i:...)"): its class reads otherwise
                return None, False
            found, empty = _first(av[-1])
        elif op is _ATOMIC:
            found, empty = _first(av)
        elif op in _REPEATS:
            found, empty = _first(av[2])
            empty = empty or av[0] == 0
        elif op is sre.BRANCH:
            found, empty = [], False
            for b in av[1]:
                part, part_empty = _first(b)
                if part is None:
                    return None, False
                found += part
                empty = empty or part_empty
        else:
            return None, False  # any character, a back-reference, or an op not known here
        if found is None:
            return None, False
        out += found
        if not empty:
            return out, False
    return out, True


def _lower(code: int) -> int:
    """A literal's code in the twin: an ASCII letter's lower case."""
    c = chr(code)
    if not c.isascii() and c.lower() != c.upper():
        raise _NoTwin  # "σ" and "ς": lower() does not bring every fold of a non-ASCII letter together
    return ord(c.lower())


def _fold(items: Any, folds: bool, negative: bool) -> bool:
    """Lower-case the parsed pattern's letters in place; True when the twin stays exact. ``folds``:
    the part is case-insensitive; ``negative``: it is inside a negative look-around."""
    exact = True
    for k, (op, av) in enumerate(items):
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            if not folds and chr(av).isalpha():
                if negative or op is sre.NOT_LITERAL:
                    raise _NoTwin  # loosened, it would turn away what the pattern takes
                exact = False
            items[k] = (op, _lower(av))
        elif op is sre.IN:
            negated = any(iop is sre.NEGATE for iop, _ in av)
            out = []
            for iop, iav in av:
                if iop is sre.LITERAL:
                    letters = [iav] if chr(iav).isalpha() else []
                    out.append((iop, _lower(iav)))
                elif iop is sre.RANGE:
                    lo, hi = iav
                    for c in range(max(lo, 128), hi + 1):
                        _lower(c)  # no cased non-ASCII letter in a range
                    letters = [c for c in range(lo, min(hi, 127) + 1) if chr(c).isalpha()]
                    out.append((iop, iav))
                    out.extend((sre.LITERAL, ord(chr(c).lower())) for c in letters if chr(c).isupper())
                else:
                    letters = []
                    out.append((iop, iav))
                if letters and not folds:
                    if negated or negative:
                        raise _NoTwin
                    exact = False
            items[k] = (op, out)
        elif op is sre.SUBPATTERN:
            _, add, remove, sub = av
            inner = (folds and not remove & re.IGNORECASE) or bool(add & re.IGNORECASE)
            exact = _fold(sub.data, inner, negative) and exact
        elif op is sre.BRANCH:
            for b in av[1]:
                exact = _fold(b.data, folds, negative) and exact
        elif op in _REPEATS:
            exact = _fold(av[2].data, folds, negative) and exact
        elif op is sre.ASSERT:
            exact = _fold(av[1].data, folds, negative) and exact
        elif op is sre.ASSERT_NOT:
            exact = _fold(av[1].data, folds, True) and exact
        elif op is _ATOMIC:
            exact = _fold(av.data, folds, negative) and exact
        elif op not in _NEUTRAL:
            raise _NoTwin  # a back-reference, or anything not known to read case alike
    return exact


class Folded:
    """A case-insensitive pattern searched through its twin (see twin): search, match and finditer
    give the pattern's own match objects; anything else is the pattern's own. The twin is built on
    first use, or read from the compiled cache while the extract modules import (see _open_store)."""

    __slots__ = ("_twin", "pattern")

    def __init__(self, pattern: Pattern[str]) -> None:
        self.pattern = pattern
        # False: not built yet (built on first use; at once while a store is open, read from it then)
        self._twin: Twin | bool | None = twin(pattern) if _open_store() is not None else False

    def might_match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        return True

    def _folded(self, text: str, whole: bool) -> tuple[Twin, str] | None:
        """The twin and the lower-cased text it reads, or None where the pattern runs as it is."""
        twin_ = self._twin
        if twin_ is False:
            twin_ = self._twin = twin(self.pattern)
        if twin_ is None:
            return None
        pair = _LOWERED[0]  # read once: another thread may replace it
        if pair[0] is not text:
            if whole and len(text) < _LONG:  # a sentence's own string: lowered as it is
                if not text.isascii() and _odd_case(text):
                    return None
                return twin_, _short_lower(text)  # type: ignore[return-value]
            pair = _article_pair(text)
        return None if pair[1] is None or pair[2] else (twin_, pair[1])  # type: ignore[return-value]

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Match[str] | None:
        if not self.might_match(text, pos, endpos):
            return None
        folded = self._folded(text, not pos and endpos >= len(text))
        if folded is None:
            return self.pattern.search(text, pos, endpos)
        return self._search(text, folded, pos, endpos)

    def _search(self, text: str, folded: tuple[Twin, str], pos: int, endpos: int) -> Match[str] | None:
        twin_, lowered = folded[0].pattern, folded[1]
        found = twin_.search(lowered, pos, endpos)
        while found is not None:
            # the twin matches wherever the pattern does: its first place is the pattern's first
            # (an exact twin's always is; a loose twin's may not be, so the search goes on past it)
            m = self.pattern.match(text, found.start(), endpos)
            if m is not None:
                return m
            found = twin_.search(lowered, found.start() + 1, endpos)
        return None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Match[str] | None:
        if not self.might_match(text, pos, endpos):
            return None
        folded = self._folded(text, not pos and endpos >= len(text))
        if folded is not None and folded[0].pattern.match(folded[1], pos, endpos) is None:
            return None  # where the twin does not match, neither does the pattern
        return self.pattern.match(text, pos, endpos)

    def matcher(self, text: str) -> Callable[[int], Match[str] | None]:
        """``lambda pos: self.match(text, pos)``, with the text's lower case looked up once: for a
        pattern tried at many words of one text (a call of match looks it up each time)."""
        if type(self).might_match is not Folded.might_match:
            return lambda pos: self.match(text, pos)  # a needle test: it reads the text from pos
        folded = self._folded(text, False)  # the pair match finds at any pos (at 0 on a short text too)
        pattern = self.pattern
        if folded is None:
            return lambda pos: pattern.match(text, pos)
        twin_, lowered = folded[0].pattern, folded[1]

        def match(pos: int) -> Match[str] | None:
            # where the twin does not match, neither does the pattern
            return None if twin_.match(lowered, pos) is None else pattern.match(text, pos)

        return match

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[Match[str]]:
        if not self.might_match(text, pos, endpos):
            return iter(())
        folded = self._folded(text, not pos and endpos >= len(text))
        if folded is None:
            return self.pattern.finditer(text, pos, endpos)
        return self._found(text, folded, pos, min(endpos, len(text)))

    def _found(self, text: str, folded: tuple[Twin, str], pos: int, endpos: int) -> Iterator[Match[str]]:
        # finditer's own walk: each match from where the last ended (no match is empty: see twin)
        while pos <= endpos and (m := self._search(text, folded, pos, endpos)) is not None:
            yield m
            pos = m.end()

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.pattern.findall(text, pos, endpos) if self.might_match(text, pos, endpos) else []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


class Prefiltered(Folded):
    """A compiled pattern behind its needle test, and searched through its twin where it has one
    (see Folded).

    The test is built on first use (parsing a big pattern takes a millisecond or two, and most runs
    use only some patterns), or read from the compiled cache while the extract modules import.
    """

    __slots__ = ("_test",)

    def __init__(self, pattern: Pattern[str]) -> None:
        super().__init__(pattern)
        self._test: Callable[[str], bool] | bool | None = (
            _gate(_stored("formula", pattern, lambda: formula(pattern)))
            if _open_store() is not None
            else False
        )  # False: not built yet

    def might_match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        test = self._test
        if test is False:
            test = self._test = _gate(formula(self.pattern))
        if test is None:
            return True
        if pos or endpos < len(text) or len(text) >= _LONG:
            # A text tested by a span of it is an article tested many times over, clause by clause
            # (corpus texts are mostly under 2,000 characters): it is lower-cased once, and each
            # span read off that (the same characters where it counts: only "İ" lower-cases to two
            # characters, and a text holding one is lowered span by span). A short text tested
            # whole, a sentence's own string, is lowered as it is and leaves the article's in place.
            pair = _LOWERED[0]  # read once: another thread may replace it
            if pair[0] is not text:
                pair = _article_pair(text)
            lowered = pair[1]
            if lowered is not None:
                return test(lowered[pos:endpos]) or (
                    pair[2] and _ODD_CASE.search(text, pos, endpos) is not None
                )
        span = text[pos:endpos]  # (the text itself where it is tested whole)
        # ASCII text (the usual case, a flag kept on the string) has none of the odd characters.
        return test(_short_lower(span)) or (not span.isascii() and _odd_case(span))
