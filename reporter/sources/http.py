"""Feeds and web pages over HTTP: the only module that talks to the network.

One :class:`httpx.AsyncClient` per run. Every request goes through :class:`Fetcher`, which owns
the politeness and safety rules: at most ``concurrency`` requests in flight and ``per_host`` per
host, a wall-clock timeout per attempt, bounded retries with exponential backoff (connection
errors, timeouts, 5xx and 429 only), bounded redirects followed hop by hop (so every hop counts
against its own host's limit), a body size cap enforced while streaming, and a content check
(HTML for article pages, XML for feeds). Failures surface as :class:`~reporter.errors.SourceError`
with a one-line reason; :func:`reporter.sources.remote.fetch_remote_sources` turns them into ``SourceResult(status="error")``.

Callers stay synchronous: ``fetch_remote_sources`` runs its own event loop.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

import httpx
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)

from reporter.config import FetchConfig
from reporter.errors import SourceError

if TYPE_CHECKING:
    from reporter.store import Store

log = logging.getLogger(__name__)

Expect = Literal["html", "feed"]

MAX_REDIRECTS = 5
#: A server's Retry-After is honoured up to this many seconds, so one answer cannot stall a run.
RETRY_AFTER_CAP = 30.0
_SNIFF_BYTES = 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")
#: Types that may hide an HTML page or a feed (misconfigured servers); the body decides.
_AMBIGUOUS_TYPES = ("", "text/plain", "application/octet-stream", "binary/octet-stream")
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body")
_FEED_MARKERS = (b"<?xml", b"<rss", b"<feed", b"<rdf:rdf")


@dataclass(frozen=True, kw_only=True, slots=True)
class Page:
    """One fetched resource: a 200 with its body, or a 304 (``not_modified``) with none."""

    url: str  # the final URL, after redirects
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str | bytes:
        """The body decoded with the charset the server declared; raw bytes when it declared none.

        A one-byte code page declared over a body that is valid UTF-8 with characters past ASCII is taken
        as UTF-8: servers often declare Latin-1 or windows-1252 by default, and reading UTF-8 bytes that way
        garbles every no-break space and accented name ("Erbil\u00c2 "); a real Latin-1 text almost never
        forms valid UTF-8 sequences."""
        charset = _charset(self.content_type)
        if charset and _one_byte(charset) and not self.body.isascii():
            try:
                return self.body.decode("utf-8")
            except UnicodeDecodeError:
                pass  # (not UTF-8: the declared code page holds)
        if charset:
            try:
                return self.body.decode(charset, errors="replace")
            except LookupError:  # an unknown charset name: let the parser guess from the bytes
                pass
        return self.body


class TransientFetchError(SourceError):
    """A fetch that failed for a reason that may pass (timeout, connection, 5xx, 429) after its retries."""


class _Transient(Exception):
    """A failure worth retrying (connection, timeout, 5xx, 429), with the server's wait if it gave one."""

    def __init__(self, reason: str, *, wait: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


class _Backoff:
    """Exponential backoff from ``initial`` seconds, stretched to a server's Retry-After (capped)."""

    def __init__(self, initial: float):
        self._exponential = wait_exponential(multiplier=initial)

    def __call__(self, retry_state: RetryCallState) -> float:
        delay = self._exponential(retry_state)
        asked = _failure(retry_state).wait
        return delay if asked is None else max(delay, min(asked, RETRY_AFTER_CAP))


def _failure(retry_state: RetryCallState) -> _Transient:
    assert retry_state.outcome is not None  # tenacity calls wait and before_sleep after an attempt
    exc = retry_state.outcome.exception()
    assert isinstance(exc, _Transient)  # only _Transient is retried
    return exc


class Fetcher:
    """GETs with the limits, retries, size cap and content checks described in the module docstring."""

    def __init__(self, client: httpx.AsyncClient, config: FetchConfig):
        self._client = client
        self._config = config
        self._slots = asyncio.Semaphore(config.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}

    async def get(
        self,
        url: str,
        *,
        expect: Expect,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Page:
        """Fetch ``url`` following redirects; a conditional GET when validators are given."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            outcome = await self._get_with_retries(current, headers, expect)
            if isinstance(outcome, Page):
                return outcome
            current = outcome
        raise SourceError(f"more than {MAX_REDIRECTS} redirects from {url}")

    async def _get_with_retries(self, url: str, headers: dict[str, str], expect: Expect) -> Page | str:
        attempts = self._config.retries + 1
        retrying = AsyncRetrying(
            stop=stop_after_attempt(attempts),
            wait=_Backoff(self._config.backoff),
            retry=retry_if_exception_type(_Transient),
            before_sleep=lambda state: log.debug(
                "retrying %s in %.2fs: %s", url, state.upcoming_sleep, _failure(state).reason
            ),
            reraise=True,
        )
        try:
            return await retrying(self._attempt, url, headers, expect)
        except _Transient as failure:
            tries = f" (after {attempts} attempts)" if attempts > 1 else ""
            raise TransientFetchError(f"{failure.reason}: {url}{tries}") from None

    @asynccontextmanager
    async def _slot(self, url: str) -> AsyncIterator[None]:
        # The host slot is taken first so a request waiting for its host holds no global slot.
        parsed = httpx.URL(url)
        key = f"{parsed.host}:{parsed.port or parsed.scheme}"
        host = self._hosts.setdefault(key, asyncio.Semaphore(self._config.per_host))
        async with host, self._slots:
            yield

    async def _attempt(self, url: str, headers: dict[str, str], expect: Expect) -> Page | str:
        timeout = self._config.timeout
        try:
            async with self._slot(url):
                async with asyncio.timeout(timeout):
                    async with self._client.stream("GET", url, headers=headers) as response:
                        return await self._read(response, url, expect)
        except (TimeoutError, httpx.TimeoutException):
            raise _Transient(f"timed out after {timeout:g}s") from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise SourceError(f"cannot fetch {url}: {one_line(exc)}") from None
        except httpx.DecodingError as exc:
            raise SourceError(f"undecodable body from {url}: {one_line(exc)}") from None
        except httpx.ConnectError as exc:
            raise _Transient(f"cannot connect ({one_line(exc)})") from None
        except httpx.TransportError as exc:
            raise _Transient(f"connection failed ({one_line(exc)})") from None

    async def _read(self, response: httpx.Response, url: str, expect: Expect) -> Page | str:
        status = response.status_code
        if status == 304:
            return Page(
                url=url,
                status=304,
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
            )
        if response.has_redirect_location:
            nxt = response.next_request
            if nxt is None or nxt.url.scheme not in ("http", "https"):
                raise SourceError(f"HTTP {status} redirect to an unusable location from {url}")
            return str(nxt.url)
        described = " ".join(filter(None, (f"HTTP {status}", response.reason_phrase)))
        if status == 429 or status >= 500:
            raise _Transient(described, wait=_retry_after(response))
        if status >= 300:
            raise SourceError(f"{described}: {url}")
        content_type = response.headers.get("content-type", "")
        _check_declared_type(content_type, url, expect)
        body = await self._read_capped(response, url)
        _check_body(body, content_type, url, expect)
        return Page(
            url=url,
            status=status,
            body=body,
            content_type=content_type,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )

    async def _read_capped(self, response: httpx.Response, url: str) -> bytes:
        cap = self._config.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise SourceError(f"too large: {url} declares {declared} bytes (limit {cap})")
        chunks: list[bytes] = []
        size = 0
        # aiter_bytes yields decoded bytes, so the cap also bounds what a gzip bomb expands to.
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > cap:
                raise SourceError(f"too large: {url} sent more than {cap} bytes")
            chunks.append(chunk)
        return b"".join(chunks)


def one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


#: Code pages of one byte per character that servers declare by default (Latin-1, windows-125x, ISO 8859).
_ONE_BYTE = re.compile(r"(?:iso[-_]?8859(?:[-_]\d+)?|latin[-_]?\d?|l\d|(?:windows|cp)[-_]?125\d|us-ascii|ascii)", re.I)


def _one_byte(charset: str) -> bool:
    return bool(_ONE_BYTE.fullmatch(charset.strip()))


def _charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _check_declared_type(content_type: str, url: str, expect: Expect) -> None:
    """Refuse before reading the body when the declared type rules the resource out."""
    media = _media_type(content_type)
    if media in _AMBIGUOUS_TYPES:
        return
    if expect == "html" and media not in _HTML_TYPES:
        raise SourceError(f"not HTML (content-type {media}): {url}")
    if expect == "feed" and not ("xml" in media or media.startswith("text/")):
        raise SourceError(f"not an RSS/Atom feed (content-type {media}): {url}")


def _check_body(body: bytes, content_type: str, url: str, expect: Expect) -> None:
    """Sniff the first bytes: binary is never an article, and ambiguous types must look right."""
    head = body[:_SNIFF_BYTES]
    if not body.strip():
        raise SourceError(f"empty body: {url}")
    if b"\0" in head:
        raise SourceError(f"binary body, not {'HTML' if expect == 'html' else 'a feed'}: {url}")
    media = _media_type(content_type)
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if expect == "html" and media not in _HTML_TYPES and not any(m in start for m in _HTML_MARKERS):
        raise SourceError(
            f"not HTML (content-type {media or 'missing'}, body does not look like HTML): {url}"
        )
    if expect == "feed" and "xml" not in media and not start.startswith(_FEED_MARKERS):
        raise SourceError(f"not an RSS/Atom feed (content-type {media or 'missing'}): {url}")


# --- conditional GET ------------------------------------------------------------------------


async def get_if_changed(
    fetcher: Fetcher, url: str, *, expect: Expect, state: Store | None, source_id: str
) -> Page:
    """GET with the validators remembered for (source, url); a failure is remembered too."""
    known = state.fetch_state(source_id, url) if state is not None else None
    try:
        return await fetcher.get(
            url,
            expect=expect,
            etag=known.etag if known else None,
            last_modified=known.last_modified if known else None,
        )
    except SourceError as exc:
        if state is not None:
            state.save_fetch_state(
                source_id, url, etag=None, last_modified=None, status="error", error=str(exc)
            )
        raise


def remember(state: Store | None, source_id: str, page: Page, *, url: str, complete: bool = True) -> None:
    """Save the validators of a handled response so the next run can send a conditional GET.

    When ``complete`` is False (something the response listed failed in a way that may pass, see
    :class:`TransientFetchError`) the validators are cleared, so the next run fetches in full and
    retries what failed; the store keeps a validator given as None, hence the empty strings.
    """
    if state is None:
        return
    if page.not_modified:
        state.save_fetch_state(
            source_id,
            url,
            etag=page.etag,
            last_modified=page.last_modified,
            status="not_modified",
            error=None,
        )
    elif complete:
        state.save_fetch_state(
            source_id,
            url,
            etag=page.etag or "",
            last_modified=page.last_modified or "",
            status="ok",
            error=None,
        )
    else:
        state.save_fetch_state(source_id, url, etag="", last_modified="", status="partial", error=None)


# --- running sources -------------------------------------------------------------------------
