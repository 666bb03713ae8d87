"""``/healthz`` and Prometheus ``/metrics`` for ``reporter serve --health-port``, on loopback only.

The only module that touches prometheus_client. Metrics live in their own registry (no process
collectors from other code), so a test can start two services without name clashes.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from reporter import isojson
from reporter.models import RunStatus
from reporter.store import DeliveryRecord, RunRecord

log = logging.getLogger(__name__)


class Metrics:
    """Counters and histograms the scheduler updates after every run."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.runs = Counter(
            "reporter_runs", "Scheduled runs by outcome", ["brief", "status"], registry=self.registry
        )
        self.failures = Counter(
            "reporter_run_failures", "Runs that failed", ["brief"], registry=self.registry
        )
        self.duration = Histogram(
            "reporter_run_duration_seconds",
            "Wall time of a run",
            ["brief"],
            buckets=(0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600),
            registry=self.registry,
        )
        self.articles = Gauge(
            "reporter_articles", "Articles in the brief's last run", ["brief"], registry=self.registry
        )
        self.deliveries = Counter(
            "reporter_deliveries",
            "Delivery records by outcome",
            ["brief", "channel", "status"],
            registry=self.registry,
        )

    def observe_run(
        self, brief_id: str, run: RunRecord, seconds: float, deliveries: Iterable[DeliveryRecord]
    ) -> None:
        self.runs.labels(brief_id, run.status).inc()
        if run.status == RunStatus.FAILED:
            self.failures.labels(brief_id).inc()
        self.duration.labels(brief_id).observe(seconds)
        if run.articles is not None:
            self.articles.labels(brief_id).set(run.articles)
        for d in deliveries:
            self.deliveries.labels(brief_id, d.channel, d.status).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)


def serve_health(
    port: int, metrics: Metrics, status: Callable[[], dict[str, Any]], *, host: str = "127.0.0.1"
) -> ThreadingHTTPServer:
    """Start the health endpoint in a daemon thread; ``status()`` feeds ``/healthz``."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/healthz":
                body, ctype = json.dumps(status(), default=isojson.default).encode(), "application/json"
            elif self.path == "/metrics":
                body, ctype = metrics.render(), CONTENT_TYPE_LATEST
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # requests are not worth INFO lines
            log.debug("health: " + format, *args)

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="health", daemon=True).start()
    log.info("health endpoint on http://%s:%d/healthz and /metrics", host, server.server_address[1])
    return server
