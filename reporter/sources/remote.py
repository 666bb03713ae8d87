"""Fetch every feed and web source concurrently over one HTTP client, each failure contained.

The only module that knows both the fetcher (``http``) and the readers (``feed``, ``web``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import TYPE_CHECKING

import httpx

from reporter.config import FetchConfig, SourceConfig
from reporter.errors import SourceError
from reporter.sources.article import SourceResult
from reporter.sources.feed import fetch_feed_source
from reporter.sources.http import Fetcher, one_line
from reporter.sources.web import fetch_web_source

if TYPE_CHECKING:
    from reporter.store import Store

log = logging.getLogger(__name__)


def fetch_remote_sources(
    sources: Sequence[SourceConfig],
    *,
    fetch: FetchConfig,
    state: Store | None,
    now: datetime,
) -> list[SourceResult]:
    """Fetch every feed and web source concurrently; one result per source, in input order.

    A failing source becomes ``SourceResult(status="error")``; this never raises for a source.
    """
    if not sources:
        return []
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(_fetch_all(sources, fetch=fetch, state=state, now=now))
    # Called from inside an event loop (an async caller): run ours on a worker thread.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="reporter-fetch") as pool:
        return pool.submit(asyncio.run, _fetch_all(sources, fetch=fetch, state=state, now=now)).result()


async def _fetch_all(
    sources: Sequence[SourceConfig], *, fetch: FetchConfig, state: Store | None, now: datetime
) -> list[SourceResult]:
    # Fetcher's semaphores bound the requests in flight; the pool is larger so idle keep-alive
    # connections to recently used hosts survive a run over many hosts (about 10% faster on the bench).
    pool = 4 * fetch.concurrency
    limits = httpx.Limits(max_connections=pool, max_keepalive_connections=pool)
    async with httpx.AsyncClient(
        headers={"User-Agent": fetch.user_agent},
        timeout=httpx.Timeout(fetch.timeout),
        limits=limits,
        follow_redirects=False,  # Fetcher follows them itself, hop by hop
    ) as client:
        fetcher = Fetcher(client, fetch)
        return list(
            await asyncio.gather(*(_run_source(s, fetcher=fetcher, state=state, now=now) for s in sources))
        )


async def _run_source(
    source: SourceConfig, *, fetcher: Fetcher, state: Store | None, now: datetime
) -> SourceResult:
    started = time.monotonic()
    try:
        if source.kind == "feed":
            result = await fetch_feed_source(source, fetcher=fetcher, state=state, now=now)
        elif source.kind == "web":
            result = await fetch_web_source(source, fetcher=fetcher, state=state, now=now)
        else:
            raise SourceError(f"a {source.kind} source is not fetched over HTTP")
    except SourceError as exc:
        result = SourceResult(source_id=source.id, status="error", error=str(exc))
    except Exception as exc:  # a bug in one source's handling must not sink the others
        log.exception("source %s: unexpected failure", source.id)
        result = SourceResult(source_id=source.id, status="error", error=f"unexpected {one_line(exc)}")
    log.info(
        "source %s: %s, %d article(s) in %.2fs%s",
        source.id,
        result.status,
        len(result.articles),
        time.monotonic() - started,
        f" ({result.error})" if result.error else "",
    )
    return result
