"""Local article files: .txt/.md (optional YAML front matter) and .html, by path, folder or glob."""

from __future__ import annotations

import glob
import logging
import os
import stat
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path

from reporter.config import SourceConfig
from reporter.errors import SourceError
from reporter.sources.article import FileStamp, SourceResult, make_article
from reporter.sources.document import parse_html, parse_text

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_FILE_BYTES = 20_000_000


def _matching_files(pattern: Path) -> list[FileStamp]:
    """The regular files a path, folder or glob names, with their size and mtime, in name order.

    One stat per file, and plain strings and small records (no Path or stat_result kept per
    file): a nothing-new run over a large archive spends its time and memory here.
    """
    if pattern.is_dir():
        with os.scandir(pattern) as entries:
            names = [e.path for e in entries if os.path.splitext(e.name)[1].lower() in SUFFIXES]
    else:
        names = glob.glob(str(pattern), recursive=True)
    found = []
    for name in names:
        try:
            info = os.stat(name)
        except OSError:  # vanished since listed, or a broken link
            continue
        if stat.S_ISREG(info.st_mode):
            found.append(FileStamp(path=name, size=info.st_size, mtime_ns=info.st_mtime_ns))
    found.sort(key=lambda item: item.path)
    return found


def read_article_file(path: Path, source: SourceConfig, *, now: datetime, stamp: FileStamp | None = None):
    """One article file as an Article; undated files get a date from the text, else the file time."""
    if stamp is None:
        info = path.stat()
        stamp = FileStamp(path=str(path), size=info.st_size, mtime_ns=info.st_mtime_ns)
    if stamp.size > MAX_FILE_BYTES:
        raise SourceError(f"{path}: larger than {MAX_FILE_BYTES} bytes")
    raw = path.read_bytes()
    if b"\0" in raw[:4096]:
        raise SourceError(f"{path}: binary file, not an article")
    text = raw.decode("utf-8", errors="replace")
    doc = parse_html(text) if path.suffix.lower() in (".html", ".htm") else parse_text(text)
    if doc.problem:
        log.warning("%s: %s", path, doc.problem)
    file_time = datetime.fromtimestamp(stamp.mtime_ns / 1e9, tz=UTC)
    return make_article(doc, source=source, fallback_published=file_time, fallback_from="file_time", now=now)


def read_file_source(
    source: SourceConfig,
    *,
    resolve_path: Callable[[str], Path],
    now: datetime,
    known: Mapping[str, tuple[int, int]] | None = None,
) -> SourceResult:
    """Read the source's files, skipping those whose (size, mtime) match ``known`` (path -> stamp).

    The result carries a stamp for every file read; a file that failed gets none, so it is tried
    again next run.
    """
    pattern = resolve_path(source.path or "")
    files = _matching_files(pattern)
    if not files:
        return SourceResult(source_id=source.id, status="error", error=f"no files match {pattern}")
    known = known or {}
    articles, errors, stamps = [], [], []
    unchanged = 0
    for stamp in files:
        if known.get(stamp.path) == (stamp.size, stamp.mtime_ns):
            unchanged += 1
            continue
        try:
            article = read_article_file(Path(stamp.path), source, now=now, stamp=stamp)
        except (OSError, SourceError) as exc:
            log.warning("source %s: %s", source.id, exc)
            errors.append(str(exc))
            continue
        stamps.append(stamp)
        if article.text.strip():
            articles.append(article)
    status = "ok" if articles or unchanged or not errors else "error"
    return SourceResult(
        source_id=source.id,
        status=status,
        articles=tuple(articles),
        error="; ".join(errors) or None,
        stamps=tuple(stamps),
        unchanged=unchanged,
    )
