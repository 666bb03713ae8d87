"""The extract modules' regular expressions, compiled once and kept in the user cache.

Compiling the extractor's few hundred patterns at import took ~0.1 s of every run that extracts.
pickle cannot keep a compiled pattern (it stores the source and compiles it again on loading), so
what is kept is what ``re``'s compiler makes of each pattern: the program the regex engine runs,
handed back to the engine (``_sre.compile``) as ``re`` itself does. The file is named by a digest
of the extract package's code and of this Python's regex engine, so changed patterns or another
Python get a new one; anything unexpected falls back to compiling as usual.
"""

from __future__ import annotations

import _sre
import contextlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

from reporter import compiled
from reporter.extract.branches import grouped
from reporter.extract.firstchars import with_first_chars

#: (pattern, flags) -> the arguments of ``_sre.compile`` after the pattern.
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
#: The caches open now, innermost last (see cached): prefilter keeps what it derives from patterns
#: (guards, needle tests, twins) in the innermost, under keys of its own.
STORES: list[dict[Any, Any]] = []


def program(pattern: str, flags: int) -> Program:
    """What ``re._compiler.compile`` hands the engine for ``pattern`` (plain ints, so it pickles), with
    alternatives grouped by their first letter (see branches.py) and the set of characters a match
    can start with where re gives none (see firstchars.py)."""
    return tree_program(_parser.parse(pattern, flags), flags)


def tree_program(parsed: Any, flags: int) -> Program:
    """program() of a pattern already parsed (re._parser), as a twin is made (prefilter.twin); the
    tree's alternatives are grouped in place."""
    parsed = grouped(parsed, flags)
    code = with_first_chars(_compiler._code(parsed, flags), parsed, flags | parsed.state.flags)
    code = [int(op) for op in code]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def cache_path() -> Path:
    package = Path(__file__).parent
    sources = sorted(package.glob("*.py"))
    engine = f"{sys.version}-{_sre.MAGIC}-{_sre.CODESIZE}".encode()
    key = compiled.digest([engine, *(part for p in sources for part in (p.name.encode(), p.read_bytes()))])
    return compiled.cache_dir() / f"patterns-{key}.pickle"


@contextlib.contextmanager
def cached() -> Iterator[None]:
    """While importing extract modules: ``re.compile`` takes each pattern's program from the cache,
    and patterns new to it are added when the block ends."""
    path = cache_path()
    programs: dict[tuple[str, int], Program] = compiled.read(path) or {}
    if not isinstance(programs, dict):
        programs = {}
    known = len(programs)
    plain = re.compile

    def compile(pattern: Any, flags: int = 0) -> re.Pattern:
        if not isinstance(pattern, str) or flags & re.DEBUG:
            return plain(pattern, flags)
        key = (pattern, int(flags))
        try:
            found = programs.get(key)
            if found is None:
                found = programs[key] = program(pattern, int(flags))
            return _sre.compile(pattern, *found)
        except Exception:  # an engine unlike 3.11's, or a bad pattern: let re say what it says
            programs.pop(key, None)
            return plain(pattern, flags)

    re.compile = compile  # type: ignore[assignment]
    STORES.append(programs)
    try:
        yield
    finally:
        STORES.pop()
        re.compile = plain
        if len(programs) > known:
            compiled.write(path, programs)
