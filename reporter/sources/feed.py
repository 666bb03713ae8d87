"""RSS and Atom feeds -> Articles, from bytes already in hand (a fetched body or a local file).

The only module that calls feedparser, and never with a URL: feedparser has no timeout, so the
network stays in :mod:`reporter.sources.http`. An entry whose own content is long enough is the
article; otherwise its link is fetched and the page's main text extracted. Entry links already in
the store are skipped, so re-reading an unchanged feed costs one request and no page fetches.
"""

from __future__ import annotations

import asyncio
import io
import logging
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

import feedparser

from reporter.config import SourceConfig
from reporter.errors import SourceError
from reporter.models import Article
from reporter.sources.article import SourceResult, canonical_url, make_article
from reporter.sources.document import Document, parse_html

if TYPE_CHECKING:
    from reporter.sources.http import Fetcher
    from reporter.store import Store

log = logging.getLogger(__name__)

#: Entry content longer than this (characters of text) is taken as the whole article.
MIN_FULL_TEXT = 500
#: Entries read per feed; a feed listing thousands must not turn one run into thousands of fetches.
MAX_ENTRIES = 200
MAX_FEED_FILE_BYTES = 20_000_000


def parse_feed(body: bytes, *, url: str | None = None, content_type: str | None = None) -> Any:
    """Parse RSS/Atom bytes; a feed feedparser cannot read and that yields no entries is an error."""
    headers = {"content-location": url or "", "content-type": content_type or "application/xml"}
    # A stream, never bytes or str: given a string feedparser may open it as a URL or a file name.
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    if not parsed.entries:
        if parsed.get("bozo"):
            reason = " ".join(str(parsed.get("bozo_exception", "unreadable")).split())
            raise SourceError(f"malformed feed{' ' + url if url else ''}: {reason}")
        if not parsed.get("version"):
            raise SourceError(f"not an RSS or Atom feed{': ' + url if url else ''}")
    return parsed


def entry_date(entry: Any) -> datetime | None:
    """The entry's published (else updated) time as UTC; feedparser normalises both to UTC."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime(*value[:6], tzinfo=UTC)
            except (TypeError, ValueError):
                continue
    return None


def entry_link(entry: Any) -> str | None:
    """The entry's article link when it is an absolute http(s) URL."""
    link = (entry.get("link") or "").strip()
    return link if link.lower().startswith(("http://", "https://")) else None


def entry_text(entry: Any) -> str:
    """The longest text the entry carries (full content, else summary), HTML turned into text."""
    candidates = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content") or ()]
    detail = entry.get("summary_detail") or {}
    candidates.append((entry.get("summary") or "", detail.get("type") or "text/html"))
    texts = [html_fragment_text(value) if "html" in kind else value.strip() for value, kind in candidates]
    return max(texts, key=len, default="")


def html_fragment_text(html: str) -> str:
    """Readable text of an HTML fragment (a feed's content): paragraphs kept, markup dropped."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return parser.text()


_BLOCK_TAGS = (
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article header footer figure "
    "figcaption hr dd dt"
)
_WHITESPACE = re.compile(r"\s+")
_SKIPPED_TAGS = "script style noscript template iframe svg head"


class _TextParser(HTMLParser):
    _BLOCKS = frozenset(_BLOCK_TAGS.split())
    _SKIPPED = frozenset(_SKIPPED_TAGS.split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self._SKIPPED:
            self._skip += 1
        elif tag in self._BLOCKS:
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            # Line breaks inside the markup are layout, not paragraphs: only block tags break lines.
            self._parts.append(_WHITESPACE.sub(" ", data))

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self._parts).split("\n"))
        return "\n\n".join(line for line in lines if line)


def _feed_article(
    entry: Any,
    text: str,
    *,
    link: str | None,
    feed_title: str | None,
    source: SourceConfig,
    now: datetime,
    page_doc: Document | None = None,
) -> Article:
    """An article from an entry: its own text, or the linked page's; the feed's date wins over the text's."""
    title = entry.get("title") or None
    if page_doc is not None:
        doc = replace(page_doc, url=link, title=title or page_doc.title)
    else:
        doc = Document(text=text, title=title, url=link, outlet=None if source.outlet else feed_title)
    published = entry_date(entry)
    article = make_article(
        doc, source=source, fallback_published=published, fallback_from="feed", url=link, now=now
    )
    # A feed's own date is a publication time stated by the publisher; a date guessed from the text
    # may be the day of the events instead. Page metadata (doc.published) still comes first.
    if published is not None and doc.published is None and article.published_from != "feed":
        article = replace(article, published=published, published_from="feed")
    return article


async def fetch_feed_source(
    source: SourceConfig, *, fetcher: Fetcher, state: Store | None, now: datetime
) -> SourceResult:
    """Fetch a feed (conditional GET), then the pages of entries too short to be the article."""
    # Here, not at the top: a local feed is read without the HTTP stack (httpx, tenacity).
    from reporter.sources.http import TransientFetchError, get_if_changed, remember

    url = source.url
    if not url:
        raise SourceError(f"feed source {source.id} has no url")
    page = await get_if_changed(fetcher, url, expect="feed", state=state, source_id=source.id)
    if page.not_modified:
        remember(state, source.id, page, url=url)
        return SourceResult(source_id=source.id, status="not_modified")
    try:
        parsed = await asyncio.to_thread(parse_feed, page.body, url=page.url, content_type=page.content_type)
    except SourceError as exc:
        if state is not None:
            state.save_fetch_state(
                source.id, url, etag=None, last_modified=None, status="error", error=str(exc)
            )
        raise
    feed_title = parsed.feed.get("title") or None
    seen: set[str] = set()
    jobs = []
    skipped = 0
    for entry in parsed.entries[:MAX_ENTRIES]:
        link = entry_link(entry)
        key = canonical_url(link)
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
            if state is not None and state.has_article(canonical_url=key):
                skipped += 1
                continue
        jobs.append(_entry(entry, link=link, feed_title=feed_title, fetcher=fetcher, source=source, now=now))
    outcomes = await asyncio.gather(*jobs)
    articles = [o for o in outcomes if isinstance(o, Article)]
    failures = [o for o in outcomes if isinstance(o, SourceError)]
    # Only failures that may pass make the next run re-read an unchanged feed; a 404 or a PDF link
    # would fail again, and a changed feed is fetched in full anyway.
    transient = any(isinstance(f, TransientFetchError) for f in failures)
    remember(state, source.id, page, url=url, complete=not transient)
    if skipped:
        log.debug("source %s: %d entries already stored", source.id, skipped)
    return _result(source.id, articles, [str(f) for f in failures])


async def _entry(
    entry: Any,
    *,
    link: str | None,
    feed_title: str | None,
    fetcher: Fetcher,
    source: SourceConfig,
    now: datetime,
) -> Article | SourceError | None:
    """One entry as an Article, or the error that stopped it; None when it had nothing to read."""
    text = entry_text(entry)
    if len(text) > MIN_FULL_TEXT or link is None:
        if not text:
            return None
        return _feed_article(entry, text, link=link, feed_title=feed_title, source=source, now=now)
    try:
        page = await fetcher.get(link, expect="html")
    except SourceError as exc:
        return exc
    doc = await asyncio.to_thread(parse_html, page.text(), url=link)
    if not doc.text and not text:
        return SourceError(f"no article text found: {link}")
    return _feed_article(
        entry,
        text,
        link=link,
        feed_title=feed_title,
        source=source,
        now=now,
        page_doc=doc if doc.text else None,
    )


def _result(source_id: str, articles: list[Article], errors: list[str]) -> SourceResult:
    error = None
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        error = f"{len(errors)} of {len(errors) + len(articles)} entries failed: {errors[0]}{more}"
    status = "error" if errors and not articles else "ok"
    return SourceResult(source_id=source_id, status=status, articles=tuple(articles), error=error)


def read_local_feed(
    source: SourceConfig, *, resolve_path: Callable[[str], Path], now: datetime
) -> SourceResult:
    """A local .rss/.atom file: every entry's own content is the article; links are not fetched."""
    path = resolve_path(source.path or "")
    try:
        if path.stat().st_size > MAX_FEED_FILE_BYTES:
            raise SourceError(f"larger than {MAX_FEED_FILE_BYTES} bytes")
        parsed = parse_feed(path.read_bytes())
    except OSError as exc:
        return SourceResult(source_id=source.id, status="error", error=f"cannot read {path}: {exc.strerror}")
    except SourceError as exc:
        return SourceResult(source_id=source.id, status="error", error=f"{path}: {exc}")
    feed_title = parsed.feed.get("title") or None
    articles = []
    for entry in parsed.entries[:MAX_ENTRIES]:
        text = entry_text(entry)
        if text:
            articles.append(
                _feed_article(
                    entry, text, link=entry_link(entry), feed_title=feed_title, source=source, now=now
                )
            )
    log.info("source %s: %d article(s) from %s", source.id, len(articles), path)
    return SourceResult(source_id=source.id, status="ok", articles=tuple(articles))
