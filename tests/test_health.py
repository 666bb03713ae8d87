"""The health endpoint answers /healthz and Prometheus /metrics on loopback, with run and delivery counts."""

from __future__ import annotations

import json
import urllib.request
from datetime import UTC, datetime

from reporter.service.health import Metrics, serve_health
from reporter.store import DeliveryRecord, RunRecord


def test_healthz_and_metrics() -> None:
    metrics = Metrics()
    now = datetime(2025, 6, 16, 6, tzinfo=UTC)
    run = RunRecord(
        id=1, brief_id="daily", scheduled_for=now, as_of=now, started=now, finished=now, status="delivered",
        trigger="schedule", issue=1, articles=12, incidents=3, output=None, facts_hash=None, error=None,
    )  # fmt: skip
    sent = DeliveryRecord(
        run_id=1,
        channel="smtp",
        recipient="a@example.org",
        status="sent",
        attempts=1,
        error=None,
        updated=now,
    )
    metrics.observe_run("daily", run, 1.5, [sent])
    server = serve_health(0, metrics, lambda: {"status": "ok", "jobs": {"daily": now}})
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        assert server.server_address[0] == "127.0.0.1"
        with urllib.request.urlopen(f"{base}/healthz", timeout=5) as response:
            health = json.loads(response.read())
        assert health["status"] == "ok"
        assert health["jobs"] == {"daily": "2025-06-16T06:00:00+00:00"}  # ISO 8601, with its 'T'
        with urllib.request.urlopen(f"{base}/metrics", timeout=5) as response:
            text = response.read().decode()
    finally:
        server.shutdown()
        server.server_close()
    assert 'reporter_runs_total{brief="daily",status="delivered"} 1.0' in text
    assert 'reporter_deliveries_total{brief="daily",channel="smtp",status="sent"} 1.0' in text
    assert 'reporter_articles{brief="daily"} 12.0' in text
    assert 'reporter_run_duration_seconds_count{brief="daily"} 1.0' in text
