"""`reporter serve` as a process: one scheduler per database, and a SIGKILL mid-run still delivers exactly once."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml
from aiosmtpd.controller import Controller

from reporter.service.scheduler import SchedulerLock
from reporter.store import open_store
from tests.test_deliver import Mailbox, free_port

READERS = ["reader@example.org", "boss@example.org"]


def write_config(tmp_path: Path, *, cron: str, smtp_port: int) -> Path:
    config = {
        "storage": {"database": "var/reporter.db"},
        "output": {"directory": "out"},
        "delivery": {
            "outbox": "var/outbox",
            "sender": "reporter@example.org",
            "smtp": {
                "host": "127.0.0.1",
                "port": smtp_port,
                "security": "none",
                "timeout": 20,
                "retries": 1,
                "backoff": 0.2,
            },
        },
        "briefs": [
            {
                "id": "daily",
                "title": "Daily brief",
                "recipients": {"to": READERS[:1], "cc": READERS[1:]},
                "delivery": ["smtp"],
                "schedule": {"cron": cron, "timezone": "UTC", "misfire": "run_once", "grace": "PT1H"},
            }
        ],
    }
    path = tmp_path / "reporter.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def serve(config: Path, log: Path) -> subprocess.Popen:
    with log.open("ab") as err:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "reporter", "serve", "--config", str(config), "--stop-timeout", "5"],
            cwd=config.parent,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def runs(tmp_path: Path) -> list:
    db = tmp_path / "var" / "reporter.db"
    if not db.exists():
        return []
    with open_store(db) as store:
        return store.runs("daily")


def once_in(seconds: int) -> tuple[str, datetime]:
    """A daily six-field cron that next fires ``seconds`` from now (UTC)."""
    at = (datetime.now(UTC) + timedelta(seconds=seconds)).replace(microsecond=0)
    return f"{at.second} {at.minute} {at.hour} * * *", at


class SlowGreeting(Mailbox):
    """A mail server that stalls its first EHLO, long enough to kill the client mid-delivery."""

    def __init__(self) -> None:
        super().__init__()
        self.stalled = asyncio.Event()
        self.first = True

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        if self.first:
            self.first = False
            await asyncio.sleep(15)
        session.host_name = hostname
        return responses


def test_second_serve_on_one_database_exits_with_a_message(tmp_path: Path) -> None:
    config = write_config(tmp_path, cron="0 6 * * *", smtp_port=free_port())
    first = serve(config, tmp_path / "first.log")
    try:
        lock = SchedulerLock(tmp_path / "var" / "reporter.db")
        wait_for(lock.holder, 20, "the first scheduler")
        second = subprocess.run(
            [sys.executable, "-m", "reporter", "serve", "--config", str(config)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert second.returncode == 1
        assert f"pid {first.pid}" in second.stderr and "only one scheduler" in second.stderr
        assert "Traceback" not in second.stderr
        status = subprocess.run(
            [sys.executable, "-m", "reporter", "status", "--config", str(config)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert f"running (pid {first.pid})" in status.stdout and "0 6 * * * (UTC)" in status.stdout
    finally:
        first.send_signal(signal.SIGTERM)
        assert first.wait(timeout=20) == 0


def test_sigkill_mid_run_then_restart_delivers_exactly_once(tmp_path: Path) -> None:
    box = SlowGreeting()
    server = Controller(box, hostname="127.0.0.1", port=free_port())
    server.start()
    cron, due = once_in(3)
    config = write_config(tmp_path, cron=cron, smtp_port=server.port)
    log = tmp_path / "serve.log"
    try:
        victim = serve(config, log)
        # The brief is rendered and its delivery is stuck at EHLO: kill the service right there.
        wait_for(lambda: [r for r in runs(tmp_path) if r.status == "rendered"], 40, "the rendered run")
        time.sleep(0.3)
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=10)
        assert [box.copies_for(r) for r in READERS] == [0, 0]

        survivor = serve(config, log)
        try:
            done = wait_for(
                lambda: [r for r in runs(tmp_path) if r.status in ("delivered", "partial", "failed")],
                40,
                "the resumed run",
            )
        finally:
            survivor.send_signal(signal.SIGTERM)
            assert survivor.wait(timeout=20) == 0
    finally:
        server.stop()
    assert [r.status for r in done] == ["delivered"]
    assert done[0].scheduled_for == due
    assert [box.copies_for(r) for r in READERS] == [1, 1]
    history = subprocess.run(
        [sys.executable, "-m", "reporter", "history", "--config", str(config)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ},
    )
    assert "daily delivered (schedule)" in history.stdout
    assert "smtp reader@example.org: sent" in history.stdout
    assert "resuming run" in log.read_text()


def test_deliver_retry_resends_only_to_recipients_who_missed_it(tmp_path: Path) -> None:
    # The first reader's address is refused for now (450), the second gets the brief at once.
    box = Mailbox(refuse={READERS[0]: ["450 4.2.1 mailbox busy"]})
    server = Controller(box, hostname="127.0.0.1", port=free_port())
    server.start()
    config = write_config(tmp_path, cron="0 6 * * *", smtp_port=server.port)

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "reporter", *args, "--config", str(config)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )

    try:
        first = cli("run")
        assert [box.copies_for(r) for r in READERS] == [0, 1], first.stderr
        box.refuse.clear()
        retry = cli("deliver", "--retry")
        again = cli("deliver", "--retry")
    finally:
        server.stop()
    assert retry.returncode == 0, retry.stderr
    assert "delivered" in retry.stdout
    assert "nothing to retry" in again.stdout
    assert [box.copies_for(r) for r in READERS] == [1, 1]
