"""Web pages named in the config (``kind: web`` with ``url``/``urls``) -> one Article each.

Pages already in the store (by canonical URL) are not fetched again; the others are fetched with a
conditional GET, so an unchanged page costs a 304.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import TYPE_CHECKING

from reporter.config import SourceConfig
from reporter.errors import SourceError
from reporter.models import Article
from reporter.sources.article import SourceResult, canonical_url, make_article
from reporter.sources.document import parse_html
from reporter.sources.http import Fetcher, get_if_changed, remember

if TYPE_CHECKING:
    from reporter.store import Store


async def fetch_web_source(
    source: SourceConfig, *, fetcher: Fetcher, state: Store | None, now: datetime
) -> SourceResult:
    """Fetch every configured page concurrently and extract its main text."""
    urls = list(dict.fromkeys(u for u in (source.url, *source.urls) if u))
    outcomes = await asyncio.gather(
        *(_page_article(url, source=source, fetcher=fetcher, state=state, now=now) for url in urls)
    )
    articles = [o for o in outcomes if isinstance(o, Article)]
    errors = [o for o in outcomes if isinstance(o, str)]
    error = None
    if len(urls) == 1 and errors:
        error = errors[0]
    elif errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        error = f"{len(errors)} of {len(urls)} pages failed: {errors[0]}{more}"
    if articles:
        status = "ok"
    elif errors:
        status = "error"
    else:
        status = "not_modified"
    return SourceResult(source_id=source.id, status=status, articles=tuple(articles), error=error)


async def _page_article(
    url: str, *, source: SourceConfig, fetcher: Fetcher, state: Store | None, now: datetime
) -> Article | str | None:
    """One page as an Article; a string is why it failed; None means unchanged or already stored."""
    if state is not None and state.has_article(canonical_url=canonical_url(url)):
        return None
    try:
        page = await get_if_changed(fetcher, url, expect="html", state=state, source_id=source.id)
    except SourceError as exc:
        return str(exc)
    if page.not_modified:
        remember(state, source.id, page, url=url)
        return None
    # The configured URL (not the one redirected to) stays the article's URL, so the store check
    # above recognises the page on the next run.
    doc = await asyncio.to_thread(parse_html, page.text(), url=url)
    if not doc.text:
        remember(state, source.id, page, url=url, complete=False)
        return f"no article text found: {url}"
    remember(state, source.id, page, url=url)
    return make_article(doc, source=source, url=url, now=now)
