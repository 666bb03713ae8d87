"""Service commands of the `reporter` CLI: serve, status, history, deliver --retry.

Registered on the main group by :mod:`reporter.cli`. Like the rest of the CLI, these are the only
service code that prints; errors become one line and an exit code (0 ok, 1 failed, 2 config).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import click

from reporter.cli.common import config_option, echo, handle_errors, load
from reporter.models import DeliveryStatus, RunStatus


def _when(moment: datetime | None, tz: str | None = None) -> str:
    if moment is None:
        return "-"
    utc = moment.astimezone(UTC).strftime("%Y-%m-%d %H:%MZ")
    if tz is None or tz == "UTC":
        return utc
    local = moment.astimezone(ZoneInfo(tz))
    return f"{local:%Y-%m-%d %H:%M} {tz} ({utc})"


@click.command()
@config_option
@click.option(
    "--health-port",
    type=click.IntRange(0, 65535),
    default=None,
    help="Serve /healthz and Prometheus /metrics on 127.0.0.1:PORT.",
)
@click.option(
    "--stop-timeout",
    type=click.FloatRange(0),
    default=60.0,
    show_default=True,
    help="Seconds a running brief may take to finish on SIGTERM before it is recorded as interrupted.",
)
@handle_errors
def serve(config_path: str | None, health_port: int | None, stop_timeout: float) -> None:
    """Run the configured briefs on their schedules until SIGTERM (SIGHUP reloads the config)."""
    from reporter.service.scheduler import Service

    # A service's decisions (scheduled, missed, resumed, delivered) belong in its log by default.
    if logging.getLogger().level > logging.INFO:
        logging.getLogger("reporter").setLevel(logging.INFO)
    metrics = None
    if health_port is not None:
        from reporter.service.health import Metrics

        metrics = Metrics()
    # Checked on start and on every SIGHUP: a reload that would fail runs keeps the running schedule.
    service = Service(lambda: load(config_path, check=True), stop_timeout=stop_timeout, metrics=metrics)
    service.handle_signals()  # before /healthz answers: a reload sent as soon as it does must not kill us
    service.start()
    server = None
    if health_port is not None:
        from reporter.service.health import serve_health

        assert metrics is not None
        server = serve_health(
            health_port, metrics, lambda: {"status": "ok", "pid": os.getpid(), "jobs": service.jobs()}
        )
    service.wait()
    if server is not None:
        server.shutdown()
    interrupted = service.stop()
    logging.shutdown()
    if interrupted:
        # Worker threads still inside a run must not finish it after we recorded it as interrupted.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


@click.command()
@config_option
@handle_errors
def status(config_path: str | None) -> None:
    """Each brief's schedule, next run (its time zone and UTC), last run and outcome."""
    from reporter.crontab import next_fire_time
    from reporter.service.scheduler import SchedulerLock
    from reporter.store import open_store

    config = load(config_path)
    database = config.resolve(config.storage.database)
    echo(f"config: {config.path}")
    if not database.is_file():
        # Looking must not create: a new empty database would hide a wrong config.
        echo(f"database: none at {database} (nothing has run with this config yet)")
    holder = SchedulerLock(database).holder() if database.is_file() else None
    echo(f"scheduler: {'running (pid ' + holder + ')' if holder else 'not running'} on {database}")
    now = datetime.now(UTC)
    with contextlib.ExitStack() as stack:
        store = stack.enter_context(open_store(database, create=False)) if database.is_file() else None
        for brief in config.briefs:
            echo(f"\n{brief.id}: {brief.title}")
            if brief.schedule is None:
                echo("  schedule: none (run by hand)")
            else:
                s = brief.schedule
                echo(f"  schedule: {s.cron} ({s.timezone}); misfire {s.misfire}, grace {s.grace}")
                echo(f"  next run: {_when(next_fire_time(s, now), s.timezone)}")
            runs = store.runs(brief.id, limit=1) if store else []
            if not runs:
                echo("  last run: never")
                continue
            run = runs[0]
            tz = brief.schedule.timezone if brief.schedule else None
            sent = sum(d.status == DeliveryStatus.SENT for d in store.deliveries(run.id))
            total = len(store.deliveries(run.id))
            echo(
                f"  last run: #{run.id} {run.status} at {_when(run.finished or run.started, tz)}"
                + (f"; delivered {sent}/{total}" if total else "")
                + (f"; {run.error}" if run.error else "")
            )


@click.command()
@config_option
@click.option("--brief", "brief_id", metavar="ID", help="Only this brief's runs.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=20, show_default=True)
@handle_errors
def history(config_path: str | None, brief_id: str | None, limit: int) -> None:
    """Runs, newest first, with outcome, counts, output and each delivery's result."""
    from reporter.store import open_store

    config = load(config_path)
    if brief_id is not None:
        config.brief(brief_id)  # an unknown id is a config error, not an empty list
    database = config.resolve(config.storage.database)
    if not database.is_file():
        echo(f"no runs yet: no database at {database} (config {config.path})")
        return
    with open_store(database, create=False) as store:
        runs = store.runs(brief_id, limit=limit)
        if not runs:
            echo("no runs yet")
        for run in runs:
            scheduled = f" scheduled {_when(run.scheduled_for)}" if run.scheduled_for else ""
            echo(
                f"#{run.id} {run.brief_id} {run.status} ({run.trigger}){scheduled} started {_when(run.started)}"
                + (f"; issue {run.issue} as of {_when(run.as_of)}" if run.issue else "")
            )
            counts = [
                f"{n} {what}"
                for n, what in ((run.articles, "articles"), (run.incidents, "incidents"))
                if n is not None
            ]
            if counts:
                echo(f"  {', '.join(counts)}")
            if run.output:
                echo(f"  output: {run.output}")
            if run.error:
                echo(f"  note: {run.error}")
            for f in store.extraction_failures(run_id=run.id):
                what = f["title"] or f["url"] or ""
                echo(
                    f"  extraction failed: article {f['article_id']}{' (' + what + ')' if what else ''}: {f['error']}"
                )
            for d in store.deliveries(run.id):
                extra = f" ({d.error})" if d.error else ""
                echo(f"  {d.channel} {d.recipient}: {d.status}, {d.attempts} attempt(s){extra}")


@click.command()
@config_option
@click.option("--retry", is_flag=True, required=True, help="Resend to recipients whose delivery failed.")
@click.option(
    "--run", "run_id", type=int, metavar="RUN", help="Only this run (default: every run with failures)."
)
@click.option("--brief", "brief_id", metavar="ID", help="Only this brief's runs.")
@handle_errors
def deliver(config_path: str | None, retry: bool, run_id: int | None, brief_id: str | None) -> None:
    """Retry failed deliveries; recipients who got a brief never get it again."""
    from pathlib import Path

    from reporter.delivery.deliver import delivery_outcome, redeliver
    from reporter.store import open_store

    config = load(config_path)
    with open_store(config.resolve(config.storage.database), create=False) as store:
        if run_id is not None:
            run = store.run(run_id)
            if run is None:
                raise click.BadParameter(f"no run {run_id}", param_hint="--run")
            runs = [run]
        else:
            runs = [
                r
                for r in store.runs(brief_id, limit=200)
                if r.status in (RunStatus.PARTIAL, RunStatus.FAILED) and r.output
            ]
        failures = 0
        tried = 0
        for run in runs:
            if not any(d.status == DeliveryStatus.FAILED for d in store.deliveries(run.id)):
                continue
            if not run.output:
                echo(f"run #{run.id}: nothing was rendered; run the brief again")
                failures += 1
                continue
            brief = config.brief(run.brief_id)
            tried += 1
            records = redeliver(config, brief, store=store, run_id=run.id, pdf=Path(run.output))
            outcome = delivery_outcome(records)
            store.finish_run(
                run.id, status=outcome, error=None if outcome == RunStatus.DELIVERED else "delivery failed"
            )
            still = [d for d in records if d.status != DeliveryStatus.SENT]
            echo(
                f"run #{run.id} {run.brief_id}: {outcome}"
                + (f", {len(still)} still not delivered" if still else "")
            )
            for d in still:
                echo(f"  {d.channel} {d.recipient}: {d.status} ({d.error})")
            failures += bool(still)
        if not tried and not failures:
            echo("nothing to retry")
    if failures:
        sys.exit(1)


COMMANDS = (serve, status, history, deliver)
