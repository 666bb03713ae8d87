"""Sources turn configured files, feeds and web pages into :class:`~reporter.models.Article` records.

``fetch_sources`` is the one entry point: every source is tried, a failing one is reported in its
:class:`SourceResult` and never stops the others.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from reporter.config import FetchConfig, SourceConfig
from reporter.models import Article, content_hash
from reporter.sources.document import Document

log = logging.getLogger(__name__)

_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid")


@dataclass(frozen=True, kw_only=True, slots=True)
class SourceResult:
    source_id: str
    status: str  # ok | not_modified | error
    articles: tuple[Article, ...] = ()
    error: str | None = None


def canonical_url(url: str | None) -> str | None:
    """A URL with scheme/host lower-cased, fragment, tracking parameters and trailing slash dropped."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith(_TRACKING))
    )
    path = parts.path.rstrip("/") or "/"
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme.lower(), host, path, query, ""))


def make_article(
    doc: Document,
    *,
    source: SourceConfig,
    fallback_published: datetime | None = None,
    fallback_from: str = "none",
    url: str | None = None,
    now: datetime | None = None,
) -> Article:
    """Build an Article from a parsed document, inferring the date from the text when it has none."""
    published, published_from = doc.published, "metadata"
    if published is None:
        from reporter.extract import infer_published

        inferred = infer_published(doc.text)
        if inferred is not None:
            published, published_from = (
                datetime(inferred.year, inferred.month, inferred.day, tzinfo=UTC),
                "text",
            )
        else:
            published, published_from = fallback_published, fallback_from if fallback_published else "none"
    url = doc.url or url
    digest = content_hash(doc.text)
    key = canonical_url(url) or digest
    return Article(
        id=hashlib.sha1(f"{source.id}\0{key}".encode()).hexdigest()[:16],
        source_id=source.id,
        url=url,
        outlet=doc.outlet or source.outlet,
        title=doc.title,
        published=published,
        published_from=published_from,
        fetched=now or datetime.now(UTC),
        text=doc.text,
        content_hash=digest,
        tags=source.tags,
    )


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
    Last-Modified per URL for conditional GET.
    """
    from reporter.sources.file import read_file_source

    now = now or datetime.now(UTC)
    results: list[SourceResult] = []
    remote = [s for s in sources if s.kind != "file" and not (s.kind == "feed" and s.path)]
    for source in sources:
        if source in remote:
            continue
        try:
            if source.kind == "file":
                results.append(read_file_source(source, resolve_path=resolve_path, now=now))
            else:
                from reporter.sources.feed import read_local_feed

                results.append(read_local_feed(source, resolve_path=resolve_path, now=now))
        except Exception as exc:  # a broken source is reported, never fatal
            log.warning("source %s failed: %s", source.id, exc)
            results.append(SourceResult(source_id=source.id, status="error", error=str(exc)))
    if remote:
        from reporter.sources.http import fetch_remote_sources

        results.extend(fetch_remote_sources(remote, fetch=fetch, state=state, now=now))
    order = {s.id: i for i, s in enumerate(sources)}
    return sorted(results, key=lambda r: order.get(r.source_id, 0))
