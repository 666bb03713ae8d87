"""Fetch throughput: 200 feed and article requests against slow loopback servers.

Twenty servers on distinct loopback ports (in a child process) stand in for twenty sites, so the
per-host limit of 2 does not cap the run; each answers every request after 100 ms. Each site has
one RSS feed with nine short entries whose pages must be fetched: 20 feeds + 180 pages = 200
requests. With
``concurrency`` 8 the ideal is ceil(200 / 8) x 100 ms; the target is at most 1.3x that.

Run by hand: ``.venv/bin/python benchmarks/bench_fetch.py``. Prints figures; asserts nothing.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import sys
import threading
import time
import types
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection

from reporter.config import FetchConfig, SourceConfig
from reporter.sources.remote import fetch_remote_sources

SITES = 20
ENTRIES = 9
DELAY = 0.100
CONCURRENCY = 8

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Report {n} - Site {site}</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Report {n}</h1>
<p>Officials said on Tuesday that repair crews had restored power to {n} districts after the storm,
and that water tankers would continue to serve the neighbourhoods still without supply.</p>
<p>The authority said engineers were inspecting the damaged substations and expected the work to
take several days, adding that schools in the affected areas would stay closed until Thursday.</p>
<p>Residents described long queues at fuel stations and said mobile networks were patchy.</p>
</article><footer>Contact | Privacy</footer></body></html>"""


class _Counter:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.active = 0
        self.peak = 0
        self.total = 0

    def __enter__(self) -> None:
        with self.lock:
            self.active += 1
            self.total += 1
            self.peak = max(self.peak, self.active)

    def __exit__(self, *exc: object) -> None:
        with self.lock:
            self.active -= 1


COUNTER = _Counter()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        with COUNTER:
            time.sleep(DELAY)
            host = self.headers.get("Host", "")
            site = self.server.server_address[1]
            if self.path == "/feed.xml":
                items = "".join(
                    f"<item><title>Report {i}</title><link>http://{host}/a/{i}.html</link>"
                    f"<pubDate>Tue, 10 Jun 2025 0{i}:00:00 +0000</pubDate>"
                    "<description>Short teaser.</description></item>"
                    for i in range(ENTRIES)
                )
                body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Site {site}</title>{items}</channel></rss>'
                content_type = "application/rss+xml"
            else:
                body = PAGE.format(n=self.path.rsplit("/", 1)[-1].split(".")[0], site=site)
                content_type = "text/html; charset=utf-8"
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # quiet: the figures are the output
        pass


def _serve(conn: Connection) -> None:
    """Child process: run the sites, send their ports, and on request the request counts."""
    servers = [ThreadingHTTPServer(("127.0.0.1", 0), _Handler) for _ in range(SITES)]
    for server in servers:
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    conn.send([server.server_address[1] for server in servers])
    if conn.poll(120):  # bounded: the parent asks for the counts when done, or we give up
        conn.recv()
    conn.send((COUNTER.total, COUNTER.peak))
    for server in servers:
        server.shutdown()
        server.server_close()


def main() -> int:
    try:
        from reporter.extract import infer_published  # noqa: F401
    except ImportError:  # until the extract package provides it: dates come from feeds and pages
        stub = types.ModuleType("reporter.extract")
        stub.infer_published = lambda text: None  # type: ignore[attr-defined]
        sys.modules["reporter.extract"] = stub
    logging.basicConfig(level=logging.WARNING)
    # The servers live in another process so their Python threads do not compete with the
    # fetcher for this process's GIL: the figure is the fetcher's, not the test rig's.
    parent, child = multiprocessing.get_context("spawn").Pipe()
    process = multiprocessing.get_context("spawn").Process(target=_serve, args=(child,), daemon=True)
    process.start()
    try:
        if not parent.poll(30):
            print("servers did not start")
            return 1
        ports = parent.recv()
        sources = [
            SourceConfig(id=f"site{n}", kind="feed", url=f"http://127.0.0.1:{port}/feed.xml")
            for n, port in enumerate(ports)
        ]
        config = FetchConfig(timeout=10, retries=0, concurrency=CONCURRENCY, per_host=2)
        started = time.perf_counter()
        results = fetch_remote_sources(sources, fetch=config, state=None, now=datetime.now(UTC))
        elapsed = time.perf_counter() - started
        parent.send("done")
        served, peak = parent.recv() if parent.poll(30) else (-1, -1)
    finally:
        process.join(10)
        if process.is_alive():
            process.terminate()
    requests = SITES * (1 + ENTRIES)
    articles = sum(len(r.articles) for r in results)
    failed = [r for r in results if r.status != "ok"]
    ideal = math.ceil(requests / CONCURRENCY) * DELAY
    print(
        f"requests:        {served} (expected {requests}), articles: {articles}, failed sources: {len(failed)}"
    )
    print(f"peak concurrent: {peak} (limit {CONCURRENCY})")
    print(f"total time:      {elapsed:.3f} s")
    print(f"ideal:           {ideal:.3f} s  (ceil({requests}/{CONCURRENCY}) x {DELAY * 1000:.0f} ms)")
    print(f"ratio:           {elapsed / ideal:.2f}x  (target <= 1.30x)")
    for result in failed:
        print(f"  {result.source_id}: {result.status} {result.error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
