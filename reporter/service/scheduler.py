"""The scheduler service behind ``reporter serve``: the only module that touches APScheduler.

What it guarantees, and where:

- **Standard cron semantics** come from :mod:`reporter.crontab`'s :class:`BriefTrigger`, the one
  cron engine that also serves ``reporter status`` and the PDF header's "next scheduled issue".
- **One scheduler per database**: an exclusive ``flock`` on ``<database>.lock``; the kernel drops
  it when the process dies, even by SIGKILL.
- **Exactly once per (brief, scheduled time)**: every job calls
  :func:`reporter.pipeline.run_brief` with ``scheduled_for`` = the fire time, the store's unique run
  key. A run found unfinished on start (crash, stop timeout) is resumed; deliveries skip recipients
  already served.
- **Missed runs** (:func:`plan_missed`): on start, the latest fire time since the brief's last
  scheduled run is made up once (``misfire: run_once``, when within ``grace``) or recorded as
  ``missed`` (``skip``, or too late); the decision is logged either way.
- **At most one run of a brief at a time**: ``max_instances=1`` plus a per-brief lock.
- **Signals**: SIGHUP rebuilds the jobs from the YAML; SIGTERM/SIGINT stop taking new runs, wait
  up to ``stop_timeout`` for running ones, then record the rest as ``interrupted`` (resumed on the
  next start) and exit.
"""

from __future__ import annotations

import concurrent.futures
import fcntl
import logging
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent
from apscheduler.executors.pool import BasePoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_STOPPED

from reporter.config import BriefConfig, Config
from reporter.crontab import BriefTrigger, previous_fire_time
from reporter.errors import ConfigError, ReporterError, StoreError
from reporter.models import RunStatus
from reporter.store import RunRecord, Store, open_store

log = logging.getLogger(__name__)

#: A fire this late (scheduler busy, machine suspended) is a misfire and follows the brief's policy.
ON_TIME = timedelta(seconds=60)


@dataclass(frozen=True, kw_only=True, slots=True)
class MissedPlan:
    """What to do about a brief's fire time(s) missed while the service was down."""

    brief_id: str
    scheduled_for: datetime
    action: str  # "run" | "skip"
    reason: str


def plan_missed(brief: BriefConfig, *, last_scheduled: datetime | None, now: datetime) -> MissedPlan | None:
    """Apply the brief's misfire policy to the fire times in ``(last_scheduled, now]``.

    Only the latest missed fire time counts (older ones are superseded by it). A brief that has
    never run on a schedule has missed nothing: its first run is its next fire time.
    """
    schedule = brief.schedule
    if schedule is None or last_scheduled is None:
        return None
    missed = previous_fire_time(schedule, now, since=last_scheduled)
    if missed is None:
        return None
    late = now - missed
    if late <= ON_TIME:
        return MissedPlan(brief_id=brief.id, scheduled_for=missed, action="run", reason="due now")
    if schedule.misfire == "skip":
        return MissedPlan(
            brief_id=brief.id, scheduled_for=missed, action="skip", reason="misfire policy 'skip'"
        )
    if late > schedule.grace:
        return MissedPlan(
            brief_id=brief.id,
            scheduled_for=missed,
            action="skip",
            reason=f"{_duration(late)} late, beyond the grace period of {_duration(schedule.grace)}",
        )
    return MissedPlan(
        brief_id=brief.id,
        scheduled_for=missed,
        action="run",
        reason=f"misfire policy 'run_once', {_duration(late)} late",
    )


def _duration(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    hours, rest = divmod(seconds, 3600)
    return f"{hours}h{rest // 60:02d}m" if hours else f"{rest // 60}m{rest % 60:02d}s"


# --- the single-scheduler lock ----------------------------------------------------------------


class SchedulerLock:
    """An exclusive, crash-safe lock on ``<database>.lock`` held for the service's lifetime."""

    def __init__(self, database: Path):
        self.path = database.with_name(database.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise StoreError(
                f"another `reporter serve` (pid {holder}) is already scheduling briefs on {self.path.with_suffix('')}; "
                "only one scheduler may use a database"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._fd = fd

    def holder(self) -> str | None:
        """The pid of the running scheduler, or None when no one holds the lock."""
        if not self.path.exists():
            return None
        fd = os.open(self.path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return os.read(fd, 32).decode("ascii", "replace").strip() or "unknown"
        finally:
            os.close(fd)
        return None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None


# --- the executor that knows fire times -------------------------------------------------------


def _run_with_fire_times(
    job: Any, jobstore_alias: str, run_times: list[datetime], logger_name: str
) -> list[Any]:
    """Like APScheduler's ``run_job`` but hands the job its scheduled time (the run key)."""
    events = []
    for run_time in run_times:
        try:
            retval = job.func(*job.args, fire_time=run_time, **job.kwargs)
        except BaseException:
            exc, tb = sys.exc_info()[1:]
            events.append(
                JobExecutionEvent(
                    EVENT_JOB_ERROR,
                    job.id,
                    jobstore_alias,
                    run_time,
                    exception=exc,
                    traceback="".join(traceback.format_tb(tb)),
                )
            )
            logging.getLogger(logger_name).exception("job %s raised", job.id)
        else:
            events.append(
                JobExecutionEvent(EVENT_JOB_EXECUTED, job.id, jobstore_alias, run_time, retval=retval)
            )
    return events


class FireTimeExecutor(BasePoolExecutor):
    """A thread pool whose jobs receive ``fire_time=`` (APScheduler 3 does not pass it)."""

    def __init__(self, max_workers: int = 4):
        super().__init__(concurrent.futures.ThreadPoolExecutor(max_workers, thread_name_prefix="brief"))

    def _do_submit_job(self, job: Any, run_times: list[datetime]) -> None:
        def done(future: concurrent.futures.Future[list[Any]]) -> None:
            exc = future.exception()
            if exc:
                self._run_job_error(job.id, exc, exc.__traceback__)
            else:
                self._run_job_success(job.id, future.result())

        future = self._pool.submit(
            _run_with_fire_times, job, job._jobstore_alias, run_times, self._logger.name
        )
        future.add_done_callback(done)


class _Scheduler(BackgroundScheduler):
    """APScheduler's background scheduler, stopped without an error from its own pass over due jobs.

    APScheduler marks itself stopped before it takes its job stores' lock. A pass that holds the lock
    and has just handed a one-off job (a resume or catch-up) to the pool then drops that job; once
    stopped, the scheduler looks for it among the jobs pending a start, finds none and raises
    JobLookupError in its own thread. The job is gone either way (handed out, it still runs), so a
    stopped scheduler takes a job it cannot find as dropped; a running one still says so.
    """

    def remove_job(self, job_id: str, jobstore: str | None = None) -> None:
        try:
            super().remove_job(job_id, jobstore)
        except JobLookupError:
            if self.state != STATE_STOPPED:
                raise


# --- the service -------------------------------------------------------------------------------

RunHook = Callable[[Config, BriefConfig, Store, datetime, str], Any]


def _default_runner(
    config: Config, brief: BriefConfig, store: Store, scheduled_for: datetime, trigger: str
) -> Any:
    from reporter.pipeline import run_brief

    return run_brief(config, brief, store=store, scheduled_for=scheduled_for, trigger=trigger)


class Service:
    """The long-running scheduler; ``start()``, then ``wait()`` (signals) or ``stop()``.

    ``load_config`` is called on start and on every reload, so the YAML stays the source of truth.
    ``runner`` produces one scheduled run (the pipeline by default); ``clock`` gives "now".
    """

    def __init__(
        self,
        load_config: Callable[[], Config],
        *,
        runner: RunHook = _default_runner,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        stop_timeout: float = 60.0,
        metrics: Any = None,
    ):
        self._load_config = load_config
        self._runner = runner
        self._clock = clock
        self.stop_timeout = stop_timeout
        self.metrics = metrics
        self.config = load_config()
        self.database = self.config.resolve(self.config.storage.database)
        self._lock = SchedulerLock(self.database)
        self._scheduler: _Scheduler | None = None
        self._brief_locks: dict[str, threading.Lock] = {}
        self._running: dict[str, datetime] = {}  # brief id -> scheduled time of its run in progress
        self._guard = threading.Lock()
        self._wake = threading.Event()
        self._stop_requested = False
        self._reload_requested = False
        self._signals_handled = False
        self.started = False

    # lifecycle ---------------------------------------------------------------------------------

    def start(self) -> list[tuple[str, datetime, str]]:
        """Take the database lock, recover and catch up, then schedule every brief.

        Returns the runs submitted to resume or make up, as (brief id, scheduled time, trigger).
        """
        self._lock.acquire()
        try:
            self._scheduler = _Scheduler(
                timezone=UTC,
                executors={"default": FireTimeExecutor(max_workers=max(2, min(8, len(self.config.briefs))))},
                job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            )
            self._scheduler.start(paused=True)
            submitted = self._catch_up()
            self._build_jobs()
            self._scheduler.resume()
        except BaseException:
            self._lock.release()
            raise
        self.started = True
        log.info("scheduler started: %d scheduled brief(s) on %s", len(self.jobs()), self.database)
        return submitted

    def reload(self) -> None:
        """Re-read the config and rebuild the jobs (removed briefs stop, changed schedules apply)."""
        try:
            config = self._load_config()
        except ConfigError as exc:
            for problem in str(exc).splitlines():  # a record a problem: each reaches the journal whole
                log.error("reload failed, keeping the current schedule: %s", problem)
            return
        if config.resolve(config.storage.database) != self.database:
            log.error("reload: storage.database changed; restart the service to switch databases")
            return
        self.config = config
        self._build_jobs()
        log.info("configuration reloaded: %d scheduled brief(s)", len(self.jobs()))

    def stop(self, timeout: float | None = None) -> list[str]:
        """Stop scheduling; wait for running briefs, record the stragglers as interrupted.

        Returns the ids of briefs that were interrupted (their runs resume on the next start).
        """
        timeout = self.stop_timeout if timeout is None else timeout
        if self._scheduler is not None and self._scheduler.running:
            self._scheduler.shutdown(wait=False)
        deadline = time.monotonic() + timeout
        while self._running and time.monotonic() < deadline:
            time.sleep(0.05)
        with self._guard:
            stragglers = dict(self._running)
        if stragglers:
            with open_store(self.database) as store:
                for brief_id, scheduled_for in stragglers.items():
                    run = store.run_for(brief_id, scheduled_for)
                    if run is not None and run.status in (RunStatus.RUNNING, RunStatus.RENDERED):
                        store.finish_run(
                            run.id,
                            status=RunStatus.INTERRUPTED,
                            error="service stopped before the run finished",
                        )
                    log.warning(
                        "brief %s (%s) interrupted by shutdown; it resumes on the next start",
                        brief_id,
                        scheduled_for,
                    )
        self._lock.release()
        self.started = False
        log.info("scheduler stopped")
        return list(stragglers)

    def handle_signals(self) -> None:
        """Take SIGTERM/SIGINT as stop and SIGHUP as reload; call from the main thread before anything
        (the health endpoint) tells the world the service is up, or an early SIGHUP would kill it."""

        def on_stop(signum: int, frame: Any) -> None:
            self._stop_requested = True
            self._wake.set()

        def on_hup(signum: int, frame: Any) -> None:
            self._reload_requested = True
            self._wake.set()

        signal.signal(signal.SIGTERM, on_stop)
        signal.signal(signal.SIGINT, on_stop)
        signal.signal(signal.SIGHUP, on_hup)
        self._signals_handled = True

    def wait(self) -> None:
        """Block until SIGTERM/SIGINT, reloading on SIGHUP; call from the main thread."""
        if not self._signals_handled:  # the CLI installs them early, before /healthz answers
            self.handle_signals()
        while not self._stop_requested:
            self._wake.wait()  # no polling: an idle service uses no CPU
            self._wake.clear()
            if self._reload_requested and not self._stop_requested:
                self._reload_requested = False
                self.reload()
        log.info("stop requested; waiting up to %.0fs for running briefs", self.stop_timeout)

    # jobs -----------------------------------------------------------------------------------------

    def jobs(self) -> dict[str, datetime | None]:
        """Scheduled brief ids and their next fire times (UTC)."""
        if self._scheduler is None:
            return {}
        return {
            job.id: job.next_run_time
            for job in self._scheduler.get_jobs()
            if not job.id.startswith("catch-up:")
        }

    def _build_jobs(self) -> None:
        assert self._scheduler is not None
        wanted = {b.id: b for b in self.config.briefs if b.schedule is not None}
        for job in self._scheduler.get_jobs():
            if not job.id.startswith("catch-up:") and job.id not in wanted:
                job.remove()
                log.info("brief %s: no longer scheduled", job.id)
        for brief_id, brief in wanted.items():
            assert brief.schedule is not None
            existing = self._scheduler.get_job(brief_id)
            if existing is not None and str(existing.trigger) == str(BriefTrigger(brief.schedule)):
                continue
            job = self._scheduler.add_job(
                self._fire,
                BriefTrigger(brief.schedule),
                id=brief_id,
                name=brief_id,
                args=(brief_id,),
                replace_existing=True,
            )
            local = (
                job.next_run_time.astimezone(ZoneInfo(brief.schedule.timezone)) if job.next_run_time else None
            )
            log.info(
                "brief %s: scheduled %s (%s); next run %s",
                brief_id,
                brief.schedule.cron,
                brief.schedule.timezone,
                local.isoformat() if local else "never",
            )

    def _catch_up(self) -> list[tuple[str, datetime, str]]:
        """Resume runs a crash or stop left unfinished; apply the misfire policy to missed ones."""
        now = self._clock()
        scheduled = {b.id: b for b in self.config.briefs if b.schedule is not None}
        resumed: set[str] = set()
        submitted: list[tuple[str, datetime, str]] = []
        with open_store(self.database) as store:
            for run in store.unfinished_runs():
                brief = scheduled.get(run.brief_id)
                assert run.scheduled_for is not None
                if brief is None:
                    store.finish_run(
                        run.id, status=RunStatus.FAILED, error="brief no longer scheduled; not resumed"
                    )
                    continue
                log.info(
                    "brief %s: resuming run %d for %s (was %s)",
                    run.brief_id,
                    run.id,
                    run.scheduled_for,
                    run.status,
                )
                self._submit(brief.id, run.scheduled_for, trigger="resume")
                submitted.append((brief.id, run.scheduled_for, "resume"))
                resumed.add(brief.id)
            for brief in scheduled.values():
                last = store.last_scheduled_run(brief.id)
                plan = plan_missed(brief, last_scheduled=last.scheduled_for if last else None, now=now)
                if plan is None:
                    continue
                if plan.action == "run":
                    log.info(
                        "brief %s: missed run of %s will be made up now (%s)",
                        brief.id,
                        plan.scheduled_for,
                        plan.reason,
                    )
                    self._submit(brief.id, plan.scheduled_for, trigger="catch-up")
                    submitted.append((brief.id, plan.scheduled_for, "catch-up"))
                else:
                    self._record_missed(store, brief.id, plan.scheduled_for, plan.reason)
        return submitted

    def _record_missed(self, store: Store, brief_id: str, scheduled_for: datetime, reason: str) -> None:
        run, created = store.start_run(
            brief_id, as_of=scheduled_for, scheduled_for=scheduled_for, trigger="schedule"
        )
        if created:
            store.finish_run(
                run.id,
                status=RunStatus.MISSED,
                error=f"missed while the service was down; skipped ({reason})",
            )
        log.warning(
            "brief %s: run of %s missed and skipped (%s)", brief_id, scheduled_for.isoformat(), reason
        )

    def _submit(self, brief_id: str, scheduled_for: datetime, *, trigger: str) -> None:
        assert self._scheduler is not None
        self._scheduler.add_job(
            self._fire,
            "date",
            run_date=datetime.now(UTC),
            id=f"catch-up:{brief_id}:{scheduled_for.isoformat()}",
            args=(brief_id,),
            kwargs={"scheduled_for": scheduled_for, "trigger": trigger},
            replace_existing=True,
        )

    def _fire(
        self,
        brief_id: str,
        *,
        fire_time: datetime | None = None,
        scheduled_for: datetime | None = None,
        trigger: str = "schedule",
    ) -> RunRecord | None:
        """One job execution: the misfire check, the per-brief lock, then the pipeline."""
        moment = scheduled_for or fire_time
        assert moment is not None  # the executor always passes fire_time
        key = moment.astimezone(UTC)
        config = self.config
        try:
            brief = config.brief(brief_id)
        except ConfigError:
            log.info("brief %s is no longer configured; run of %s dropped", brief_id, key)
            return None
        with self._guard:
            lock = self._brief_locks.setdefault(brief_id, threading.Lock())
        lock.acquire()  # a catch-up and a due run of one brief take turns; the run key dedups
        try:
            with open_store(self.database) as store:
                late = self._clock() - key
                # Fired late while up (suspend, a long previous run): the same policy as after downtime.
                if (
                    trigger == "schedule"
                    and late > ON_TIME
                    and brief.schedule is not None
                    and (brief.schedule.misfire == "skip" or late > brief.schedule.grace)
                ):
                    self._record_missed(store, brief_id, key, f"{_duration(late)} late")
                    return None
                with self._guard:
                    self._running[brief_id] = key
                started = time.monotonic()
                try:
                    outcome = self._runner(config, brief, store, key, trigger)
                finally:
                    with self._guard:
                        self._running.pop(brief_id, None)
                run = getattr(outcome, "run", outcome)
                if self.metrics is not None and run is not None:
                    self.metrics.observe_run(
                        brief_id, run, time.monotonic() - started, store.deliveries(run.id)
                    )
                if run is not None:
                    log.info(
                        "brief %s: run %s for %s finished: %s", brief_id, run.id, key.isoformat(), run.status
                    )
                return run
        except ReporterError as exc:
            log.error("brief %s: scheduled run of %s failed: %s", brief_id, key, exc)
            return None
        finally:
            lock.release()
