"""Sources turn configured files, feeds and web pages into :class:`~reporter.models.Article` records.

``fetch_sources`` is the one entry point: every source is tried, a failing one is reported in its
:class:`SourceResult` and never stops the others. Inside the package, imports run one way:
``article`` and ``document`` (shared records) <- ``http`` (the fetcher) <- ``file``, ``feed``,
``web`` (the readers) <- ``remote`` (concurrent fetching) <- this module. Sources import nothing
from ``extract`` or above.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime

from reporter.config import FetchConfig, SourceConfig
from reporter.sources.article import FileStamp, SourceResult, canonical_url, make_article
from reporter.sources.feed import read_local_feed
from reporter.sources.file import read_file_source

__all__ = ["FileStamp", "SourceResult", "canonical_url", "fetch_sources", "make_article"]

log = logging.getLogger(__name__)


def fetch_sources(
    sources: Sequence[SourceConfig],
    *,
    fetch: FetchConfig,
    resolve_path,
    state=None,
    now: datetime | None = None,
) -> list[SourceResult]:
    """Read every source; file sources locally, feed and web sources over HTTP concurrently.

    ``resolve_path`` makes config paths absolute; ``state`` (a Store or None) remembers ETag and
    Last-Modified per URL for conditional GET, and each file's size and mtime, so files unchanged
    since they were stored are not read again.
    """
    now = now or datetime.now(UTC)
    results: list[SourceResult] = []
    remote = [s for s in sources if s.kind != "file" and not (s.kind == "feed" and s.path)]
    for source in sources:
        if source in remote:
            continue
        try:
            if source.kind == "file":
                known = state.file_stamps(source.id) if state is not None else None
                results.append(read_file_source(source, resolve_path=resolve_path, now=now, known=known))
            else:
                results.append(read_local_feed(source, resolve_path=resolve_path, now=now))
        except Exception as exc:  # a broken source is reported, never fatal
            log.warning("source %s failed: %s", source.id, exc)
            results.append(SourceResult(source_id=source.id, status="error", error=str(exc)))
    if remote:
        # Imported only when needed: the HTTP stack is a sizeable share of a local run's start-up.
        from reporter.sources.remote import fetch_remote_sources

        results.extend(fetch_remote_sources(remote, fetch=fetch, state=state, now=now))
    order = {s.id: i for i, s in enumerate(sources)}
    return sorted(results, key=lambda r: order.get(r.source_id, 0))
