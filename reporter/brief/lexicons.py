"""The lexicons the brief reads: the bundled ones plus the user's (config `extraction.lexicons`).

A brief tells reports of one event apart from two by the places, actors and peoples the extractor
knows, so a base a user added to the gazetteer (with its aliases) must be known to event and
commitment identity too, not only to extraction. One process serves one config, so the active files
are process-wide; when they change (another config, an edited file, a reload), every cache built
from them is cleared.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar, cast

from reporter.files import stamp

F = TypeVar("F", bound=Callable[..., Any])

_paths: tuple[Path, ...] = ()
#: The files' stamp (files.stamp, by content, as the extractor's id): an edited file counts
#: as a change, a file saved again unchanged as none.
_stamp: str | None = None
_caches: list[Any] = []


def cached(maxsize: int | None = None) -> Callable[[F], F]:
    """``functools.lru_cache`` for values drawn from the lexicons: cleared when they change."""

    def wrap(fn: F) -> F:
        kept = lru_cache(maxsize=maxsize)(fn)
        _caches.append(kept)
        return cast(F, kept)

    return wrap


def use(paths: Sequence[Path]) -> None:
    """Make these user lexicon files (after the bundled ones) the ones the brief reads."""
    global _paths, _stamp
    now = stamp(paths)
    _paths = tuple(Path(p) for p in paths)
    if now == _stamp:
        return  # the same contents (wherever the files lie): what the caches hold stands
    _stamp = now
    for kept in _caches:
        kept.cache_clear()


@cached(maxsize=1)
def extractor_lexicon() -> Any:
    """The extractor's own lexicon for the active files, with its world list (a compiled index, loaded
    once): how the extractor reads a place name the bundled gazetteer lacks."""
    from reporter.extract.lexicon import Lexicon

    return Lexicon.load(_paths)


@cached(maxsize=1)
def data() -> dict[str, list[dict[str, Any]]]:
    """Bundled data merged with the active user files, section by section (read-only)."""
    from reporter.extract.lexicon import merge_sources

    return merge_sources(_paths)
