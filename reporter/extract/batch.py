"""The `reporter extract` engine: article files and JSON Lines records in, Facts out, in order.

Inputs are streamed; a large input is spread over worker processes with a bounded number of
chunks in flight, so memory stays flat however many articles pass through. A record that cannot
be read yields an empty Facts carrying its id, and a warning, never an exception.
"""

from __future__ import annotations

import gc
import json
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reporter.extract.extractor import Extractor
from reporter.models import Article, Facts

log = logging.getLogger(__name__)

#: Inputs with at least this many articles go to worker processes when workers is not given.
PARALLEL_FROM = 200
_CHUNK = 32


@dataclass(frozen=True, slots=True)
class _Item:
    id: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    #: the day a stored article was fetched: it bounds the dates a yearless text may mean
    fetched: str | None = None
    error: str | None = None
    #: a JSON Lines record not yet decoded, or a file not yet read: work left to the worker
    raw: str | None = None
    path: str | None = None


def iter_facts(
    paths: Sequence[Path],
    *,
    published: date | None = None,
    lexicon_paths: Sequence[Path] = (),
    workers: int | None = None,
) -> Iterator[Facts]:
    """Facts for every article in ``paths`` (.txt/.md/.html files, .jsonl records), in input order."""
    items = _items(paths)
    if workers is None:
        head = []
        for item in items:
            head.append(item)
            if len(head) >= PARALLEL_FROM:
                break
        workers = 1 if len(head) < PARALLEL_FROM else max(1, os.cpu_count() or 1)
        items = _chain(head, items)
    given = published.isoformat() if published else None
    if workers <= 1:
        extractor = Extractor(lexicon_paths=lexicon_paths)
        for item in items:
            yield _extract(extractor, item, given)
        return
    yield from _parallel(items, given, tuple(lexicon_paths), workers)


def _chain(head: list[_Item], rest: Iterator[_Item]) -> Iterator[_Item]:
    yield from head
    yield from rest


def _items(paths: Sequence[Path]) -> Iterator[_Item]:
    for path in paths:
        path = Path(path)
        if path.suffix.lower() == ".jsonl":
            yield from _records(path)
            continue
        yield _Item(id=str(path), path=str(path))


def _records(path: Path) -> Iterator[_Item]:
    try:
        handle = path.open("r", encoding="utf-8", errors="replace")
    except OSError as exc:
        log.warning("cannot read %s: %s", path, exc)
        yield _Item(id=str(path), error=str(exc))
        return
    with handle:
        for n, line in enumerate(handle, 1):
            if line.strip():
                yield _Item(id=f"{path}:{n}", raw=line)


def _decode(item: _Item) -> _Item:
    """A record decoded or a file read: done in the worker, so the feeding process stays light."""
    if item.path is not None:
        path = Path(item.path)
        try:
            text = path.read_bytes().decode("utf-8", errors="replace")
        except OSError as exc:
            log.warning("cannot read %s: %s", path, exc)
            return _Item(id=item.id, error=str(exc))
        if path.suffix.lower() in (".html", ".htm"):
            return _Item(id=item.id, html=text)
        return _Item(id=item.id, text=text)
    if item.raw is None:
        return item
    where = item.id
    try:
        rec = json.loads(item.raw)
    except json.JSONDecodeError as exc:
        log.warning("%s: not a JSON record: %s", where, exc)
        return _Item(id=where, error=str(exc))
    if not isinstance(rec, dict):
        log.warning("%s: a record must be a JSON object", where)
        return _Item(id=where, error="not an object")
    text, html = rec.get("text"), rec.get("html")
    return _Item(
        id=str(rec.get("id") or where),
        text=text if isinstance(text, str) else None,
        html=html if isinstance(html, str) else None,
        url=_str(rec.get("url")),
        title=_str(rec.get("title")),
        published=_str(rec.get("published")),
        error=None if isinstance(text, str) or isinstance(html, str) else "no text or html",
    )


def _str(v: Any) -> str | None:
    return str(v) if v not in (None, "") else None


def _extract(extractor: Extractor, item: _Item, given: str | None) -> Facts:
    item = _decode(item)
    if item.error:
        if item.error == "no text or html":
            log.warning("%s: record has no text or html", item.id)
        return Facts(id=item.id, url=item.url, title=item.title, published=given)
    try:
        from reporter.sources.document import parse_html, parse_text, to_utc

        doc = parse_html(item.html, url=item.url) if item.html is not None else parse_text(item.text or "")
        if doc.problem:
            log.warning("%s: %s", item.id, doc.problem)
        day = given
        if day is None and item.published:
            stamp = to_utc(item.published)
            day = stamp.date().isoformat() if stamp else None
        if day is None and doc.published:
            day = doc.published.date().isoformat()
        return extractor.extract(
            doc.text,
            id=item.id,
            published=date.fromisoformat(day) if day else None,
            title=item.title or doc.title,
            url=item.url or doc.url,
        )
    except Exception as exc:  # one bad article must never stop a batch
        log.warning("%s: extraction failed: %s", item.id, exc)
        return Facts(id=item.id, url=item.url, title=item.title, published=given)


_WORKER: Extractor | None = None
_LEXICONS: tuple[Path, ...] = ()


def _init(lexicons: tuple[Path, ...]) -> None:
    global _WORKER
    if _WORKER is None or lexicons != _LEXICONS:
        _WORKER = Extractor(lexicon_paths=lexicons)
        release_free_memory()  # a worker that loads its own lexicon keeps no more of the load's garbage


def _work(chunk: list[_Item], given: str | None) -> list[Facts]:
    assert _WORKER is not None
    return [_extract(_WORKER, item, given) for item in chunk]


def _chunks(items: Iterable[_Item], size: int) -> Iterator[list[_Item]]:
    chunk: list[_Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def iter_article_facts(
    articles: Iterable[Article], *, lexicon_paths: Sequence[Path] = (), workers: int = 1
) -> Iterator[tuple[str, Facts | None, str | None]]:
    """(article id, facts, None) or (article id, None, error) for stored articles, in order.

    Stored text is extracted as it is (it was parsed when stored); an article the extractor
    raises on comes back with the error, so the caller records a failure, not empty facts.
    """
    items = (
        _Item(
            id=a.id,
            text=a.text,
            title=a.title,
            url=a.url,
            published=a.published.date().isoformat() if a.published else None,
            fetched=a.fetched.date().isoformat(),
        )
        for a in articles
    )
    if workers <= 1:
        extractor = Extractor(lexicon_paths=lexicon_paths)
        for item in items:
            yield _extract_stored(extractor, item)
        return
    yield from _parallel(items, None, tuple(lexicon_paths), workers, work=_work_stored)


def _extract_stored(extractor: Extractor, item: _Item) -> tuple[str, Facts | None, str | None]:
    try:
        facts = extractor.extract(
            item.text or "",
            id=item.id,
            published=date.fromisoformat(item.published) if item.published else None,
            title=item.title,
            url=item.url,
            fetched=date.fromisoformat(item.fetched) if item.fetched else None,
        )
    except Exception as exc:  # recorded by the caller; one bad article must not stop the rest
        log.warning("article %s: extraction failed: %s", item.id, exc)
        return item.id, None, f"{type(exc).__name__}: {exc}"[:500]
    return item.id, facts, None


def _work_stored(chunk: list[_Item], _given: None) -> list[tuple[str, Facts | None, str | None]]:
    assert _WORKER is not None
    return [_extract_stored(_WORKER, item) for item in chunk]


def release_free_memory() -> bool:
    """Hand the C heap's free pages back to the system (glibc's malloc_trim); False where the C
    library has no such call. Python's freed objects stay in the allocator's free lists, resident and
    counted in the process's size, until it is asked to return them."""
    trim = _malloc_trim()
    return bool(trim is not None and trim(0) >= 0)


def _malloc_trim() -> Any:
    global _TRIM
    if _TRIM is False:
        _TRIM = None
        try:
            import ctypes

            _TRIM = ctypes.CDLL(None).malloc_trim  # the C library the interpreter runs on
            _TRIM.argtypes, _TRIM.restype = (ctypes.c_size_t,), ctypes.c_int
        except (OSError, AttributeError, TypeError):  # not glibc (musl, macOS, Windows): nothing to trim
            _TRIM = None
    return _TRIM


_TRIM: Any = False


def _parallel(
    items: Iterator[_Item], given: str | None, lexicons: tuple[Path, ...], workers: int, *, work: Any = None
) -> Iterator[Any]:
    global _WORKER, _LEXICONS
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    if ctx.get_start_method() == "fork":
        # Children inherit the loaded lexicon instead of each loading it again; frozen out of the
        # garbage collector's reach, its pages stay shared instead of being copied into each child.
        _WORKER, _LEXICONS = Extractor(lexicon_paths=lexicons), lexicons
        gc.collect()
        gc.freeze()
        # Loading the lexicon leaves some 25 MB of freed heap (what its load built and dropped) that
        # the C allocator keeps resident: given back before the fork, or each child would start
        # with those pages in its size too (about 50 MB off the summed peak of three processes).
        release_free_memory()
    with ctx.Pool(workers, initializer=_init, initargs=(lexicons,)) as pool:
        pending: deque[Any] = deque()
        for chunk in _chunks(items, _CHUNK):
            pending.append(pool.apply_async(work or _work, (chunk, given)))
            while len(pending) >= workers * 3:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
