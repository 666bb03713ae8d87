"""`reporter serve` as a process: one scheduler per database, and a SIGKILL mid-run still delivers exactly once."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
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


Serve = Callable[[Path, Path], subprocess.Popen]


@pytest.fixture
def serve() -> Iterator[Serve]:
    """Starts `reporter serve` processes; teardown ends every one still running, even after a failure."""
    started: list[subprocess.Popen] = []

    def start(config: Path, log: Path) -> subprocess.Popen:
        with log.open("ab") as err:  # the child keeps its own copy of the descriptor
            proc = subprocess.Popen(
                [sys.executable, "-m", "reporter", "serve", "--config", str(config), "--stop-timeout", "5"],
                cwd=config.parent,
                stdout=subprocess.DEVNULL,
                stderr=err,
            )
        started.append(proc)
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> object:
    """Poll ``condition`` until it is truthy and return its value; the deadline only bounds a broken run."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout:g}s waiting for {what}")


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


def schedule_soon(proc: subprocess.Popen, tmp_path: Path, *, smtp_port: int, log: Path) -> datetime:
    """Point the running service's brief at a moment two seconds ahead (config + SIGHUP); its fire time.

    Only a started service is told, and a reload that came too late (the next run is then tomorrow)
    is tried again, so a slow start-up cannot make the brief miss its moment.
    """
    wait_for(lambda: "scheduler started" in log.read_text(), 60, "the scheduler to start")
    for _ in range(5):
        cron, due = once_in(2)
        write_config(tmp_path, cron=cron, smtp_port=smtp_port)
        reloads = log.read_text().count("configuration reloaded")
        proc.send_signal(signal.SIGHUP)
        wait_for(
            lambda seen=reloads: log.read_text().count("configuration reloaded") > seen, 30, "the reload"
        )
        if f"scheduled {cron} (UTC); next run {due.isoformat()}" in log.read_text():
            return due
    raise AssertionError("the service never took a schedule two seconds ahead")


class SlowGreeting(Mailbox):
    """A mail server that stalls its first EHLO, long enough to kill the client mid-delivery."""

    def __init__(self) -> None:
        super().__init__()
        self.stalled = threading.Event()

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        if not self.stalled.is_set():
            self.stalled.set()
            await asyncio.sleep(15)
        session.host_name = hostname
        return responses


def test_second_serve_on_one_database_exits_with_a_message(tmp_path: Path, serve: Serve) -> None:
    """A second `serve` on a database exits 1 naming the first one's pid, and `status` shows the first."""
    config = write_config(tmp_path, cron="0 6 * * *", smtp_port=free_port())
    first = serve(config, tmp_path / "first.log")
    lock = SchedulerLock(tmp_path / "var" / "reporter.db")
    wait_for(lock.holder, 60, "the first scheduler")
    second = subprocess.run(
        [sys.executable, "-m", "reporter", "serve", "--config", str(config)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert second.returncode == 1
    assert f"pid {first.pid}" in second.stderr and "only one scheduler" in second.stderr
    assert "Traceback" not in second.stderr
    status = subprocess.run(
        [sys.executable, "-m", "reporter", "status", "--config", str(config)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert f"running (pid {first.pid})" in status.stdout and "0 6 * * * (UTC)" in status.stdout
    first.send_signal(signal.SIGTERM)
    assert first.wait(timeout=30) == 0


def test_sigkill_mid_run_then_restart_delivers_exactly_once(tmp_path: Path, serve: Serve) -> None:
    """A service killed while its brief is at the SMTP server resumes the run on restart; each reader gets one copy."""
    box = SlowGreeting()
    server = Controller(box, hostname="127.0.0.1", port=free_port())
    server.start()
    config = write_config(tmp_path, cron="0 6 1 1 *", smtp_port=server.port)
    log = tmp_path / "serve.log"
    try:
        victim = serve(config, log)
        due = schedule_soon(victim, tmp_path, smtp_port=server.port, log=log)
        # The brief is rendered and its delivery is stuck at EHLO: kill the service right there.
        wait_for(box.stalled.is_set, 60, "the delivery to reach the mail server")
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=10)
        assert [r.status for r in runs(tmp_path)] == ["rendered"]
        assert [box.copies_for(r) for r in READERS] == [0, 0]

        survivor = serve(config, log)
        done = wait_for(
            lambda: [r for r in runs(tmp_path) if r.status in ("delivered", "partial", "failed")],
            60,
            "the resumed run",
        )
        survivor.send_signal(signal.SIGTERM)
        assert survivor.wait(timeout=30) == 0
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
        timeout=60,
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
