"""Feeds and web pages fetched over HTTP from real loopback servers."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from reporter.config import FetchConfig, SourceConfig
from reporter.models import Article
from reporter.sources import SourceResult, canonical_url, fetch_sources
from reporter.sources.remote import fetch_remote_sources
from reporter.store import Store, open_store

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
NOW = datetime(2025, 6, 20, 12, 0, tzinfo=UTC)
FAST = FetchConfig(timeout=2.0, retries=2, backoff=0.02, max_bytes=100_000)


def _start_server() -> HTTPServer:
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.no_handler_status_code = 404
    server.start()
    return server


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    server = _start_server()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "db.sqlite") as store:
        yield store


def base(server: HTTPServer) -> str:
    return server.url_for("").rstrip("/")


def fixture(name: str, server: HTTPServer) -> bytes:
    return (FIXTURES / name).read_text(encoding="utf-8").replace("{base}", base(server)).encode()


def serve_articles(server: HTTPServer) -> None:
    for path, name in [
        ("/articles/erbil.html", "article_erbil.html"),
        ("/articles/ain-asad.html", "article_ain_asad.html"),
        ("/articles/red-sea.html", "article_red_sea.html"),
    ]:
        server.expect_request(path).respond_with_data(
            fixture(name, server), content_type="text/html; charset=utf-8"
        )


def requested(server: HTTPServer, path: str) -> list[Request]:
    return [request for request, _ in server.log if request.path == path]


def run(
    sources: list[SourceConfig], *, fetch: FetchConfig = FAST, state: Store | None = None
) -> list[SourceResult]:
    return fetch_remote_sources(sources, fetch=fetch, state=state, now=NOW)


def feed(url: str, source_id: str = "wire") -> SourceConfig:
    return SourceConfig(id=source_id, kind="feed", url=url)


def web(*urls: str, source_id: str = "pages") -> SourceConfig:
    return SourceConfig(id=source_id, kind="web", urls=urls)


def by_title(result: SourceResult) -> dict[str | None, Article]:
    return {a.title: a for a in result.articles}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- feeds ---------------------------------------------------------------------------------


def test_rss_entries_become_articles_from_content_or_linked_page(server: HTTPServer) -> None:
    """Short RSS entries get their linked page's main text; a long content:encoded entry is used as is."""
    server.expect_request("/rss.xml").respond_with_data(
        fixture("rss.xml", server), content_type="application/rss+xml"
    )
    serve_articles(server)

    [result] = run([feed(base(server) + "/rss.xml")])

    assert (result.status, result.error) == ("ok", None)
    articles = by_title(result)
    assert set(articles) == {
        "Drones intercepted near Erbil airport",
        "Rockets fall near Ain al-Asad air base",
        "Ceasefire talks resume in Doha",
    }
    erbil = articles["Drones intercepted near Erbil airport"]
    assert "two explosive-laden drones approaching Erbil" in erbil.text
    assert "Subscribe" not in erbil.text
    doha = articles["Ceasefire talks resume in Doha"]
    assert doha.text.startswith("DOHA — Negotiators returned")
    assert "alert" not in doha.text and "\n\n" in doha.text
    assert (doha.published, doha.published_from) == (datetime(2025, 6, 16, 7, 15, tzinfo=UTC), "feed")
    assert requested(server, "/articles/doha-talks.html") == []
    assert all(a.source_id == "wire" and a.fetched == NOW for a in result.articles)
    assert {r.headers["User-Agent"] for r, _ in server.log} == {FAST.user_agent}


def test_atom_entries_take_the_feed_date_when_the_page_has_none(server: HTTPServer) -> None:
    """Atom entries link to pages; the entry's published (else updated) time dates the article."""
    server.expect_request("/atom.xml").respond_with_data(
        fixture("atom.xml", server), content_type="application/atom+xml"
    )
    serve_articles(server)

    [result] = run([feed(base(server) + "/atom.xml")])

    assert result.status == "ok"
    red_sea = by_title(result)["Missiles fired at vessel in the Red Sea"]
    assert "60 nautical miles west of the port of Hodeidah" in red_sea.text
    assert (red_sea.published, red_sea.published_from) == (
        datetime(2025, 6, 15, 10, 20, tzinfo=UTC),
        "feed",
    )
    assert red_sea.url == base(server) + "/articles/red-sea.html"
    assert len(result.articles) == 2


def test_malformed_feed_is_a_source_error(server: HTTPServer) -> None:
    """XML that feedparser cannot read and that yields no entries fails the source with the reason."""
    server.expect_request("/broken.xml").respond_with_data(
        fixture("malformed.xml", server), content_type="application/rss+xml"
    )

    [result] = run([feed(base(server) + "/broken.xml")])

    assert result.status == "error"
    assert result.error is not None and result.error.startswith("malformed feed")


def test_html_page_served_as_a_feed_is_refused(server: HTTPServer) -> None:
    """A feed URL that returns an HTML page is reported as not a feed instead of parsed."""
    serve_articles(server)

    [result] = run([feed(base(server) + "/articles/erbil.html")])

    assert result.status == "error"
    assert "not an RSS/Atom feed" in (result.error or "")


def test_known_canonical_urls_are_not_fetched_again(server: HTTPServer, store: Store) -> None:
    """Entry links whose canonical URL is already stored are skipped, page fetch included."""
    server.expect_request("/rss.xml").respond_with_data(
        fixture("rss.xml", server), content_type="application/rss+xml"
    )
    serve_articles(server)
    [first] = run([feed(base(server) + "/rss.xml")], state=store)
    for article in first.articles:
        store.add_article(article, canonical_url=canonical_url(article.url))
    server.clear_log()

    [second] = run([feed(base(server) + "/rss.xml")], state=store)

    assert (second.status, second.articles) == ("ok", ())
    assert [r.path for r, _ in server.log] == ["/rss.xml"]


def test_duplicate_links_in_one_feed_give_one_article(server: HTTPServer) -> None:
    """Two entries whose links differ only by tracking parameters and fragment are one article."""
    item = (
        "<item><title>Rockets fall near Ain al-Asad air base</title><link>{link}</link>"
        "<description>Short.</description></item>"
    )
    url = base(server) + "/articles/ain-asad.html"
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Dup</title>'
        + item.format(link=url)
        + item.format(link=url + "?utm_medium=social#comments")
        + "</channel></rss>"
    )
    server.expect_request("/dup.xml").respond_with_data(body, content_type="text/xml")
    serve_articles(server)

    [result] = run([feed(base(server) + "/dup.xml")])

    assert len(result.articles) == 1
    assert len(requested(server, "/articles/ain-asad.html")) == 1


# --- failures, retries and limits ----------------------------------------------------------


def test_slow_response_times_out(server: HTTPServer) -> None:
    """A server slower than the timeout fails the source with 'timed out', after the retries."""
    release = threading.Event()

    def slow(request: Request) -> Response:
        release.wait(5)
        return Response("<html><body><p>late</p></body></html>", content_type="text/html")

    server.expect_request("/slow").respond_with_handler(slow)
    config = FetchConfig(timeout=0.3, retries=1, backoff=0.01)
    started = time.monotonic()
    try:
        [result] = run([web(base(server) + "/slow")], fetch=config)
    finally:
        release.set()

    assert result.status == "error"
    assert "timed out after 0.3s" in (result.error or "")
    assert "after 2 attempts" in (result.error or "")
    assert time.monotonic() - started < 4.0  # well before the server's 5 s answer, even on a loaded machine


def test_server_error_then_success_is_retried(server: HTTPServer) -> None:
    """A 500 followed by a 200 yields the article: 5xx responses are retried."""
    server.expect_ordered_request("/flaky").respond_with_data("oops", status=500)
    server.expect_ordered_request("/flaky").respond_with_data(
        fixture("article_erbil.html", server), content_type="text/html"
    )

    [result] = run([web(base(server) + "/flaky")])

    assert result.status == "ok"
    assert "Erbil" in result.articles[0].text
    assert len(requested(server, "/flaky")) == 2


def test_too_many_requests_is_retried_then_reported(server: HTTPServer) -> None:
    """429 is retried like a 5xx and, when it persists, named in the error with the attempt count."""
    server.expect_request("/busy").respond_with_data("slow down", status=429, headers={"Retry-After": "0"})

    [result] = run([web(base(server) + "/busy")])

    assert result.status == "error"
    assert "HTTP 429" in (result.error or "") and "after 3 attempts" in (result.error or "")
    assert len(requested(server, "/busy")) == 3


def test_permanent_404_is_not_retried(server: HTTPServer) -> None:
    """A 404 fails the source at once, without spending retries."""
    [result] = run([web(base(server) + "/gone")])

    assert result.status == "error"
    assert (result.error or "").startswith("HTTP 404")
    assert len(requested(server, "/gone")) == 1


def test_redirects_are_followed_and_bounded(server: HTTPServer) -> None:
    """A redirect chain is followed to the page; a redirect loop stops with an error."""
    b = base(server)
    server.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/moved"})
    server.expect_request("/moved").respond_with_data("", status=302, headers={"Location": f"{b}/new"})
    server.expect_request("/new").respond_with_data(
        fixture("article_red_sea.html", server), content_type="text/html"
    )
    server.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/loop"})

    moved, loop = run([web(f"{b}/old", source_id="moved"), web(f"{b}/loop", source_id="loop")])

    assert moved.status == "ok"
    assert "Hodeidah" in moved.articles[0].text
    assert moved.articles[0].url == f"{b}/old"
    assert loop.status == "error"
    assert "more than 5 redirects" in (loop.error or "")
    assert len(requested(server, "/loop")) == 6


def test_oversized_body_is_refused_while_streaming(server: HTTPServer) -> None:
    """Bodies past max_bytes fail as 'too large', whether declared up front or only streamed."""
    page = b"<html><body>" + b"<p>filler text</p>" * 10_000 + b"</body></html>"
    server.expect_request("/declared").respond_with_data(page, content_type="text/html")

    def chunked(request: Request) -> Response:
        return Response((page[i : i + 8192] for i in range(0, len(page), 8192)), content_type="text/html")

    server.expect_request("/streamed").respond_with_handler(chunked)
    b = base(server)

    declared, streamed = run([web(f"{b}/declared", source_id="a"), web(f"{b}/streamed", source_id="b")])

    assert "too large" in (declared.error or "") and "declares" in (declared.error or "")
    assert "too large" in (streamed.error or "") and "more than 100000 bytes" in (streamed.error or "")


def test_binary_bodies_are_not_articles(server: HTTPServer) -> None:
    """An image is refused by its content type, and binary bytes under a vague type by sniffing."""
    png = (FIXTURES / "files" / "scan.txt").read_bytes()
    server.expect_request("/image").respond_with_data(png, content_type="image/png")
    server.expect_request("/download").respond_with_data(png, content_type="application/octet-stream")
    b = base(server)

    image, download = run([web(f"{b}/image", source_id="a"), web(f"{b}/download", source_id="b")])

    assert image.status == "error" and "not HTML (content-type image/png)" in (image.error or "")
    assert download.status == "error" and "binary body" in (download.error or "")


def test_one_failing_source_does_not_stop_the_others(server: HTTPServer) -> None:
    """Refused connections and 404s are reported per source while the other sources succeed."""
    server.expect_request("/rss.xml").respond_with_data(
        fixture("rss.xml", server), content_type="application/rss+xml"
    )
    serve_articles(server)
    dead = f"http://127.0.0.1:{free_port()}/feed.xml"

    results = run(
        [
            feed(dead, source_id="dead"),
            feed(base(server) + "/rss.xml", source_id="wire"),
            web(base(server) + "/missing", source_id="missing"),
        ]
    )

    assert [(r.source_id, r.status) for r in results] == [
        ("dead", "error"),
        ("wire", "ok"),
        ("missing", "error"),
    ]
    assert "cannot connect" in (results[0].error or "")
    assert len(results[1].articles) == 3


def test_concurrency_is_bounded_per_host_and_overall() -> None:
    """With six busy hosts, no host ever sees more than 2 requests at once and all together no more than 8."""
    lock = threading.Lock()
    active: dict[int, int] = {}
    peaks: dict[int, int] = {}
    overall = {"now": 0, "peak": 0}

    def counting(port: int) -> Callable[[Request], Response]:
        def handle(request: Request) -> Response:
            with lock:
                active[port] = active.get(port, 0) + 1
                peaks[port] = max(peaks.get(port, 0), active[port])
                overall["now"] += 1
                overall["peak"] = max(overall["peak"], overall["now"])
            time.sleep(0.15)
            with lock:
                active[port] -= 1
                overall["now"] -= 1
            return Response(
                (FIXTURES / "article_erbil.html").read_bytes(), content_type="text/html; charset=utf-8"
            )

        return handle

    servers = [_start_server() for _ in range(6)]
    try:
        sources = []
        for n, srv in enumerate(servers):
            srv.expect_request("/page").respond_with_handler(counting(srv.port))
            sources.append(web(*(f"{base(srv)}/page?n={i}" for i in range(5)), source_id=f"host{n}"))

        results = run(sources)
    finally:
        for srv in servers:
            srv.stop()

    assert all(r.status == "ok" and len(r.articles) == 5 for r in results)
    assert max(peaks.values()) == 2
    assert overall["peak"] == 8


# --- conditional GET -----------------------------------------------------------------------


def _conditional(body: bytes, content_type: str, etag: str) -> Callable[[Request], Response]:
    modified = "Sat, 14 Jun 2025 09:00:00 GMT"

    def handle(request: Request) -> Response:
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, content_type=content_type, headers={"ETag": etag, "Last-Modified": modified})

    return handle


def test_second_run_sends_validators_and_gets_not_modified(server: HTTPServer, store: Store) -> None:
    """ETag and Last-Modified from a 200 are sent on the next run; a 304 gives not_modified, no articles."""
    b = base(server)
    server.expect_request("/rss.xml").respond_with_handler(
        _conditional(fixture("rss.xml", server), "application/rss+xml", '"feed-v1"')
    )
    server.expect_request("/page").respond_with_handler(
        _conditional(fixture("article_red_sea.html", server), "text/html", '"page-v1"')
    )
    serve_articles(server)
    sources = [feed(f"{b}/rss.xml"), web(f"{b}/page")]

    first = run(sources, state=store)
    state = store.fetch_state("wire", f"{b}/rss.xml")
    server.clear_log()
    second = run(sources, state=store)

    assert [r.status for r in first] == ["ok", "ok"]
    assert (state.etag, state.last_modified) == ('"feed-v1"', "Sat, 14 Jun 2025 09:00:00 GMT")
    assert [(r.status, r.articles, r.error) for r in second] == [("not_modified", (), None)] * 2
    feed_request = requested(server, "/rss.xml")[0]
    assert feed_request.headers["If-None-Match"] == '"feed-v1"'
    assert feed_request.headers["If-Modified-Since"] == "Sat, 14 Jun 2025 09:00:00 GMT"
    assert requested(server, "/page")[0].headers["If-None-Match"] == '"page-v1"'
    assert sorted(r.path for r, _ in server.log) == ["/page", "/rss.xml"]


def test_transient_entry_failures_make_the_next_run_fetch_the_feed_in_full(
    server: HTTPServer, store: Store
) -> None:
    """When an entry's page fails with a 5xx, the feed's validators are dropped so it is retried next run."""
    b = base(server)
    server.expect_request("/rss.xml").respond_with_handler(
        _conditional(fixture("rss.xml", server), "application/rss+xml", '"feed-v1"')
    )
    server.expect_request("/articles/erbil.html").respond_with_data(
        fixture("article_erbil.html", server), content_type="text/html"
    )
    server.expect_request("/articles/ain-asad.html").respond_with_data("busy", status=503)

    [first] = run([feed(f"{b}/rss.xml")], state=store)
    server.clear_log()
    [second] = run([feed(f"{b}/rss.xml")], state=store)

    assert first.status == "ok" and len(first.articles) == 2
    assert first.error is not None and first.error.startswith("1 of 3 entries failed: HTTP 503")
    assert "If-None-Match" not in requested(server, "/rss.xml")[0].headers
    assert second.status == "ok" and len(requested(server, "/articles/ain-asad.html")) == 3


def test_permanent_entry_failures_keep_the_feed_validators(server: HTTPServer, store: Store) -> None:
    """An entry page that 404s will not be retried on its own: the next run still gets a 304."""
    b = base(server)
    server.expect_request("/rss.xml").respond_with_handler(
        _conditional(fixture("rss.xml", server), "application/rss+xml", '"feed-v1"')
    )
    server.expect_request("/articles/erbil.html").respond_with_data(
        fixture("article_erbil.html", server), content_type="text/html"
    )

    [first] = run([feed(f"{b}/rss.xml")], state=store)
    [second] = run([feed(f"{b}/rss.xml")], state=store)

    assert first.error is not None and first.error.startswith("1 of 3 entries failed: HTTP 404")
    assert second.status == "not_modified"


# --- entry points --------------------------------------------------------------------------


def test_fetch_sources_mixes_local_and_remote_sources_in_config_order(server: HTTPServer) -> None:
    """fetch_sources reads files locally and feeds over HTTP, returning results in the config's order."""
    server.expect_request("/atom.xml").respond_with_data(
        fixture("atom.xml", server), content_type="application/atom+xml"
    )
    serve_articles(server)
    sources = [
        feed(base(server) + "/atom.xml", source_id="harbour"),
        SourceConfig(id="desk", kind="file", path="files/dated.txt"),
        SourceConfig(id="bulletins", kind="feed", path="local.atom"),
    ]

    results = fetch_sources(sources, fetch=FAST, resolve_path=lambda p: FIXTURES / p, state=None, now=NOW)

    assert [(r.source_id, r.status, len(r.articles)) for r in results] == [
        ("harbour", "ok", 2),
        ("desk", "ok", 1),
        ("bulletins", "ok", 2),
    ]


def test_remote_fetch_works_when_called_from_a_running_event_loop(server: HTTPServer) -> None:
    """An async caller can use the synchronous entry point: it runs its own loop on a worker thread."""
    serve_articles(server)

    async def caller() -> list[SourceResult]:
        return run([web(base(server) + "/articles/red-sea.html")])

    [result] = asyncio.run(caller())

    assert result.status == "ok" and "Hodeidah" in result.articles[0].text


def test_utf8_page_declared_as_latin1_is_read_as_utf8(server: HTTPServer) -> None:
    """A server that declares a one-byte code page by default over a UTF-8 page would garble every no-break
    space and accented name ("Erbil\u00c2 "): a body that is valid UTF-8 past ASCII is read as UTF-8. A page
    really in Latin-1 (not valid UTF-8) keeps its declared code page."""
    story = "<html><body><article><h1>Drones near Qaraqosh</h1><p>{}</p></article></body></html>"
    said = "Two drones fell near Erbil\u00a0on Tuesday, officials in Qaraqosh and Zakho said. " * 8
    server.expect_request("/utf8").respond_with_data(
        story.format(said).encode("utf-8"), content_type="text/html; charset=ISO-8859-1"
    )
    latin = "A caf\u00e9 in Erbil was closed on Tuesday after a blast nearby, police said. " * 8
    server.expect_request("/latin").respond_with_data(
        story.format(latin).encode("latin-1"), content_type="text/html; charset=windows-1252"
    )
    b = base(server)

    utf8, real_latin = run([web(f"{b}/utf8", source_id="a"), web(f"{b}/latin", source_id="b")])

    assert utf8.status == "ok" and real_latin.status == "ok", (utf8.error, real_latin.error)
    assert "near Erbil on Tuesday" in utf8.articles[0].text.replace("\u00a0", " ")
    assert "\u00c2" not in utf8.articles[0].text
    assert "caf\u00e9 in Erbil" in real_latin.articles[0].text
