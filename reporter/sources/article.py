"""What every source produces: :class:`SourceResult`, canonical URLs and Article records.

Imported by the file, feed and web readers; it imports none of them, so they form no circle.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from reporter.config import SourceConfig
from reporter.models import Article, content_hash
from reporter.sources.document import Document

log = logging.getLogger(__name__)

_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid")


@dataclass(frozen=True, kw_only=True, slots=True)
class FileStamp:
    """What a file looked like when read: the same path, size and mtime means nothing new to read."""

    path: str
    size: int
    mtime_ns: int


@dataclass(frozen=True, kw_only=True, slots=True)
class SourceResult:
    source_id: str
    status: str  # ok | not_modified | error
    articles: tuple[Article, ...] = ()
    error: str | None = None
    #: (path, size, mtime_ns) of each file read: the caller records them once the articles are stored.
    stamps: tuple[FileStamp, ...] = ()
    #: files skipped because their stamp matched the last run's
    unchanged: int = 0


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
    """Build an Article from a parsed document.

    An article without a date in its metadata takes ``fallback_published`` (a feed entry's or the
    file's time) for now; the pipeline prefers a date stated in the text, which only the
    extractor can read (sources never import extract).
    """
    published, published_from = doc.published, "metadata"
    if published is None:
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
