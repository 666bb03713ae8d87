"""The scheduler: cron semantics across DST and weekdays, missed-run policy, one scheduler per database, real-time runs."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from reporter.config import Config, ScheduleConfig
from reporter.crontab import BriefTrigger, next_fire_time, previous_fire_time
from reporter.errors import ConfigError, ConfigErrors, StoreError
from reporter.service.scheduler import Service, plan_missed
from reporter.store import open_store

BERLIN, NEW_YORK = ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")


def fire_times(cron: str, tz: str, start: datetime, n: int) -> list[datetime]:
    trigger = BriefTrigger(ScheduleConfig(cron=cron, timezone=tz))
    out, prev = [], None
    for _ in range(n):
        prev = trigger.get_next_fire_time(prev, prev or start)
        out.append(prev)
    return out


@pytest.mark.parametrize(
    ("tz", "day"),
    [("Europe/Berlin", datetime(2025, 3, 30)), ("America/New_York", datetime(2025, 3, 9))],
)
def test_0230_on_spring_forward_day_fires_once_after_the_gap(tz: str, day: datetime) -> None:
    zone = ZoneInfo(tz)
    fires = fire_times("30 2 * * *", tz, (day - timedelta(days=1)).replace(tzinfo=zone), 3)
    assert [f.astimezone(zone).day for f in fires] == [day.day - 1, day.day, day.day + 1]
    gap_day = fires[1].astimezone(zone)
    assert (gap_day.hour, gap_day.minute) == (3, 30)  # 02:30 does not exist; cron runs it right after
    assert fires[2] - fires[1] == timedelta(hours=23)


@pytest.mark.parametrize(
    ("cron", "tz", "day"),
    [
        ("30 2 * * *", "Europe/Berlin", datetime(2025, 10, 26)),
        ("30 1 * * *", "America/New_York", datetime(2025, 11, 2)),
    ],
)
def test_fixed_time_in_the_repeated_hour_fires_once_on_fall_back_day(
    cron: str, tz: str, day: datetime
) -> None:
    zone = ZoneInfo(tz)
    fires = fire_times(cron, tz, (day - timedelta(days=1)).replace(tzinfo=zone), 3)
    assert [f.astimezone(zone).day for f in fires] == [day.day - 1, day.day, day.day + 1]
    # Restarting inside the repeated hour must not produce the second pass either.
    first_pass = fires[1] + timedelta(minutes=15)
    assert (
        next_fire_time(ScheduleConfig(cron=cron, timezone=tz), first_pass).astimezone(zone).day == day.day + 1
    )


def test_every_half_hour_keeps_running_through_the_repeated_hour() -> None:
    start = datetime(2025, 10, 26, 0, 0, tzinfo=UTC)  # 02:00 CEST
    fires = fire_times("*/30 * * * *", "Europe/Berlin", start, 5)
    assert [f - start for f in fires] == [timedelta(minutes=30 * i) for i in range(5)]


def test_sunday_zero_and_seven_in_a_time_zone() -> None:
    for cron in ("0 6 * * 0", "0 6 * * 7"):
        fires = fire_times(cron, "America/New_York", datetime(2025, 6, 16, tzinfo=NEW_YORK), 3)
        assert all(f.astimezone(NEW_YORK).strftime("%a %H:%M") == "Sun 06:00" for f in fires)


def test_day_of_month_or_day_of_week_as_in_cron() -> None:
    fires = fire_times("0 6 1 * 1", "UTC", datetime(2025, 6, 1, 7, tzinfo=UTC), 5)
    # Mondays plus the 1st of the month (a Tuesday in July 2025), not only Mondays that are the 1st.
    assert [f.date().isoformat() for f in fires] == [
        "2025-06-02",
        "2025-06-09",
        "2025-06-16",
        "2025-06-23",
        "2025-06-30",
    ]
    later = fire_times("0 6 1 * 1", "UTC", datetime(2025, 6, 30, 7, tzinfo=UTC), 2)
    assert [f.date().isoformat() for f in later] == ["2025-07-01", "2025-07-07"]


def test_previous_fire_time_finds_the_latest_without_walking_each() -> None:
    schedule = ScheduleConfig(cron="*/1 * * * * *", timezone="UTC")
    now = datetime(2025, 6, 16, 12, 0, 0, 500_000, tzinfo=UTC)
    started = time.process_time()  # CPU time: walking 2.6 million seconds one by one would take far more
    assert previous_fire_time(schedule, now, since=now - timedelta(days=30)) == now.replace(microsecond=0)
    assert time.process_time() - started < 1
    daily = ScheduleConfig(cron="0 6 * * *", timezone="Asia/Baghdad")
    assert previous_fire_time(daily, now, since=now - timedelta(hours=2)) is None
    assert previous_fire_time(daily, now, since=now - timedelta(days=3)) == datetime(
        2025, 6, 16, 3, tzinfo=UTC
    )


def brief_config(
    tmp_path: Path, *, cron: str = "0 6 * * *", misfire: str = "run_once", grace: str = "PT6H"
) -> Config:
    return Config.model_validate(
        {
            "base_dir": tmp_path,
            "storage": {"database": "var/reporter.db"},
            "briefs": [
                {
                    "id": "daily",
                    "title": "Daily",
                    "schedule": {
                        "cron": cron,
                        "timezone": "Europe/Berlin",
                        "misfire": misfire,
                        "grace": grace,
                    },
                }
            ],
        }
    )


def test_missed_run_policy(tmp_path: Path) -> None:
    brief = brief_config(tmp_path).briefs[0]
    last = datetime(2025, 6, 15, 4, tzinfo=UTC)  # 06:00 Berlin on the 15th
    # Down over the 16th's 06:00 run, back two hours later: made up once.
    plan = plan_missed(brief, last_scheduled=last, now=datetime(2025, 6, 16, 6, tzinfo=UTC))
    assert (plan.action, plan.scheduled_for) == ("run", datetime(2025, 6, 16, 4, tzinfo=UTC))
    # Back too late: skipped, with the reason.
    plan = plan_missed(brief, last_scheduled=last, now=datetime(2025, 6, 16, 11, tzinfo=UTC))
    assert plan.action == "skip" and "grace" in plan.reason
    # misfire: skip
    skip = brief_config(tmp_path, misfire="skip").briefs[0]
    assert plan_missed(skip, last_scheduled=last, now=datetime(2025, 6, 16, 5, tzinfo=UTC)).action == "skip"
    # Nothing missed, or never scheduled before: nothing to do.
    assert plan_missed(brief, last_scheduled=last, now=datetime(2025, 6, 16, 3, tzinfo=UTC)) is None
    assert plan_missed(brief, last_scheduled=None, now=datetime(2025, 6, 16, 6, tzinfo=UTC)) is None


class Recorder:
    """Stands in for the pipeline: records each scheduled run in the store, like run_brief does.

    A run with a ``delay`` holds for that long, or until :meth:`release` (teardown calls it, so no
    runner thread outlives its test).
    """

    def __init__(self, delay: float = 0.0):
        self.calls: list[tuple[str, datetime, str]] = []
        self.delay = delay
        self.active = 0
        self.max_active = 0
        self.lock = threading.Lock()
        self._released = threading.Event()

    def __call__(self, config, brief, store, scheduled_for, trigger):
        with self.lock:
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            run, _ = store.start_run(
                brief.id, as_of=scheduled_for, scheduled_for=scheduled_for, trigger=trigger
            )
            self.calls.append((brief.id, scheduled_for, trigger))
            self._released.wait(self.delay)
            return store.finish_run(run.id, status="delivered")
        finally:
            with self.lock:
                self.active -= 1

    def release(self) -> None:
        self._released.set()


def wait_for(condition: Callable[[], object], what: str, timeout: float = 30.0) -> None:
    """Poll ``condition`` until it holds; the generous deadline only bounds a broken run."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g}s waiting for {what}")
        time.sleep(0.02)


@pytest.fixture
def services() -> Iterator[Callable[..., Service]]:
    """Starts services for a test; teardown stops each one and lets its runner threads finish."""
    started: list[tuple[Service, Recorder]] = []

    def start(config: Config, runner: Recorder, **options: Any) -> Service:
        service = Service(lambda: config, runner=runner, **options)
        service.start()
        started.append((service, runner))
        return service

    yield start
    for service, runner in started:
        runner.release()
        if service.started:
            service.stop(timeout=5)
        wait_for(lambda runner=runner: runner.active == 0, "the runner threads to finish", 10)


def test_catch_up_on_start_runs_the_missed_brief_once(tmp_path: Path) -> None:
    """A run missed while down is made up once on start, and a second start does not make it up again."""
    config = brief_config(tmp_path)
    now = datetime(2025, 6, 16, 6, tzinfo=UTC)
    with open_store(tmp_path / "var/reporter.db") as store:
        run, _ = store.start_run("daily", as_of=now, scheduled_for=datetime(2025, 6, 15, 4, tzinfo=UTC))
        store.finish_run(run.id, status="delivered")
    runner = Recorder()
    missed = ("daily", datetime(2025, 6, 16, 4, tzinfo=UTC), "catch-up")
    first = Service(lambda: config, runner=runner, clock=lambda: now)
    try:
        assert first.start() == [missed]
        wait_for(lambda: runner.calls, "the made-up run")
    finally:
        first.stop(timeout=5)
    second = Service(lambda: config, runner=runner, clock=lambda: now)
    try:
        assert second.start() == []  # the made-up run is on record: nothing is submitted
    finally:
        second.stop(timeout=5)
    assert runner.calls == [missed]


def test_catch_up_skip_is_recorded(tmp_path: Path, services) -> None:
    """With ``misfire: skip`` a missed run is not made up but recorded as missed, with the reason."""
    config = brief_config(tmp_path, misfire="skip")
    now = datetime(2025, 6, 16, 6, tzinfo=UTC)
    with open_store(tmp_path / "var/reporter.db") as store:
        run, _ = store.start_run("daily", as_of=now, scheduled_for=datetime(2025, 6, 15, 4, tzinfo=UTC))
        store.finish_run(run.id, status="delivered")
    runner = Recorder()
    service = services(config, runner, clock=lambda: now)
    service.stop(timeout=5)
    assert runner.calls == []
    with open_store(tmp_path / "var/reporter.db") as store:
        missed = store.run_for("daily", datetime(2025, 6, 16, 4, tzinfo=UTC))
    assert missed.status == "missed" and "skip" in missed.error


def test_unfinished_run_is_resumed_on_start(tmp_path: Path, services) -> None:
    """A run a crash left 'running' is resumed on start, under its own scheduled time."""
    config = brief_config(tmp_path)
    key = datetime(2025, 6, 16, 4, tzinfo=UTC)
    with open_store(tmp_path / "var/reporter.db") as store:
        store.start_run(
            "daily", as_of=key, scheduled_for=key, trigger="schedule"
        )  # left 'running' by a crash
    runner = Recorder()
    services(config, runner, clock=lambda: key + timedelta(minutes=1))
    wait_for(lambda: runner.calls, "the resumed run")
    assert runner.calls == [("daily", key, "resume")]


class _NoticedLock:
    """A scheduler lock that tells when the thread named ``watch`` first asks for it."""

    def __init__(self, watch: str, asked: threading.Event):
        self._lock = threading.RLock()
        self._watch, self._asked = watch, asked

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        if threading.current_thread().name == self._watch:
            self._asked.set()
        return self._lock.acquire(blocking, timeout)

    def release(self) -> None:
        self._lock.release()

    __enter__ = acquire

    def __exit__(self, *exc: object) -> None:
        self.release()


def test_stop_while_the_scheduler_hands_out_a_resumed_run(tmp_path: Path, services, monkeypatch) -> None:
    """A stop that comes while the scheduler's thread is between handing a one-off run (a resume or
    catch-up) to the pool and dropping its job: the scheduler's thread raises nothing (APScheduler
    marks itself stopped before it takes its job stores' lock, and a pass that then drops its job
    looked for it among the jobs pending a start: JobLookupError), and the run handed out runs."""
    from reporter.service import scheduler as module

    handed, go_on, asked = threading.Event(), threading.Event(), threading.Event()
    hand_out = module.FireTimeExecutor._do_submit_job

    def held_after_handing(executor, job, run_times):
        hand_out(executor, job, run_times)
        handed.set()
        assert go_on.wait(30), "the stop never asked for the scheduler's locks"

    monkeypatch.setattr(module.FireTimeExecutor, "_do_submit_job", held_after_handing)
    monkeypatch.setattr(
        module.BackgroundScheduler, "_create_lock", lambda self: _NoticedLock("stopper", asked)
    )
    raised: list[BaseException] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: raised.append(args.exc_value))
    config = brief_config(tmp_path)
    key = datetime(2025, 6, 16, 4, tzinfo=UTC)
    with open_store(tmp_path / "var/reporter.db") as store:
        store.start_run("daily", as_of=key, scheduled_for=key, trigger="schedule")
    runner = Recorder()
    service = services(config, runner, clock=lambda: key + timedelta(minutes=1))
    assert handed.wait(30), "the resumed run was never handed out"
    stopper = threading.Thread(target=service.stop, kwargs={"timeout": 5}, name="stopper")
    stopper.start()
    assert asked.wait(30), "the stop never asked for the scheduler's locks"
    go_on.set()  # the pass goes on to drop its one-off job, with the stop under way
    stopper.join(30)
    assert not stopper.is_alive() and not service.started
    assert raised == []
    wait_for(lambda: runner.calls, "the resumed run")  # handed out before the stop: it still runs
    assert runner.calls == [("daily", key, "resume")]


def test_real_time_runs_one_at_a_time_each_key_once(tmp_path: Path, services) -> None:
    """A brief due every second whose runs take longer never overlaps itself, and no key runs twice."""
    config = brief_config(tmp_path, cron="* * * * * *")  # every second
    runner = Recorder(delay=1.2)  # longer than the interval: runs must not overlap
    service = services(config, runner)
    wait_for(lambda: len(runner.calls) >= 2, "two runs")
    service.stop(timeout=5)
    assert runner.max_active == 1
    keys = [c[1] for c in runner.calls]
    assert len(set(keys)) == len(keys) and all(k.microsecond == 0 for k in keys)


def test_reload_applies_changed_and_removed_schedules(tmp_path: Path) -> None:
    """A reload moves a changed schedule and drops a brief that is no longer configured."""
    configs = [brief_config(tmp_path)]
    service = Service(lambda: configs[-1], runner=Recorder())
    service.start()
    try:
        assert list(service.jobs()) == ["daily"]
        configs.append(brief_config(tmp_path, cron="0 7 * * *"))
        service.reload()
        assert service.jobs()["daily"].astimezone(BERLIN).hour == 7
        configs.append(
            Config.model_validate({"base_dir": tmp_path, "storage": {"database": "var/reporter.db"}})
        )
        service.reload()
        assert service.jobs() == {}
    finally:
        service.stop(timeout=5)


def test_a_reload_that_fails_logs_each_problem_on_a_line_of_its_own(tmp_path: Path, caplog) -> None:
    """The journal shows every mistake as a whole line with its prefix, and the schedule stays."""
    config = brief_config(tmp_path)
    edited = {"broken": False}

    def load() -> Config:
        if edited["broken"]:
            raise ConfigErrors([ConfigError("unknown key", file="c.yaml", line=3, key="storag"),
                                ConfigError("'A5' is not one of 'A4' or 'Letter'", file="c.yaml", line=9)])  # fmt: skip
        return config

    service = Service(load, runner=Recorder())
    service.start()
    try:
        edited["broken"] = True
        service.reload()
        assert list(service.jobs()) == ["daily"]
    finally:
        service.stop(timeout=5)
    failed = [r.getMessage() for r in caplog.records if r.getMessage().startswith("reload failed")]
    assert failed == [
        "reload failed, keeping the current schedule: c.yaml:3: storag: unknown key",
        "reload failed, keeping the current schedule: c.yaml:9: 'A5' is not one of 'A4' or 'Letter'",
    ]


def test_signals_are_handled_before_the_service_starts(tmp_path: Path) -> None:
    """`serve` takes SIGHUP as a reload from before /healthz answers: an operator's reload sent the
    moment the service looks up must not meet Python's default SIGHUP action, which kills."""
    service = Service(lambda: brief_config(tmp_path), runner=Recorder())
    saved = {s: signal.getsignal(s) for s in (signal.SIGHUP, signal.SIGTERM, signal.SIGINT)}
    try:
        service.handle_signals()
        os.kill(os.getpid(), signal.SIGHUP)
        wait_for(lambda: service._reload_requested, "the reload request")
        os.kill(os.getpid(), signal.SIGTERM)
        wait_for(lambda: service._stop_requested, "the stop request")
    finally:
        for s, handler in saved.items():
            signal.signal(s, handler)


def test_second_scheduler_on_one_database_is_refused(tmp_path: Path, services) -> None:
    """Only one scheduler may hold a database; the lock is free again once it stops."""
    config = brief_config(tmp_path)
    first = services(config, Recorder())
    with pytest.raises(StoreError, match="only one scheduler"):
        Service(lambda: config, runner=Recorder()).start()
    first.stop(timeout=5)
    services(config, Recorder())  # the lock is free again


def test_stop_records_a_straggler_as_interrupted(tmp_path: Path, services) -> None:
    """A run still going when stop's timeout ends is recorded as interrupted (and resumes on start)."""
    config = brief_config(tmp_path, cron="* * * * * *")
    runner = Recorder(delay=30)  # held until teardown releases it
    service = services(config, runner)
    wait_for(lambda: runner.calls, "a run in progress")
    assert service.stop(timeout=0.2) == ["daily"]
    with open_store(tmp_path / "var/reporter.db") as store:
        assert [r.status for r in store.runs("daily")] == ["interrupted"]
