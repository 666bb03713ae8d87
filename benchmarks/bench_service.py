"""Service benchmark (run by hand): prints figures, asserts nothing.

1. A scheduled run whose sources have nothing new vs a full run on the bundled samples
   (target: under 10 %; unchanged content is short-circuited by ``skip_if_unchanged``).
2. Idle CPU of a started service with nothing due (target: near zero).
3. RSS over N scheduled runs on a 1-second schedule (target: flat). ``--runs 1000`` takes ~17 min.

    .venv/bin/python benchmarks/bench_service.py [--runs 1000] [--idle 10]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psutil

from reporter.config import ScheduleConfig, load_config
from reporter.pipeline import run_brief
from reporter.service.scheduler import Service
from reporter.store import open_store

ROOT = Path(__file__).resolve().parent.parent


def bundled_config(workdir: Path, **brief_changes):
    shutil.copytree(ROOT / "config", workdir / "config")
    config = load_config(workdir / "config" / "reporter.yaml")
    briefs = tuple(b.model_copy(update=brief_changes) for b in config.briefs)
    return config.model_copy(update={"briefs": briefs})


def bench_nothing_new(workdir: Path) -> None:
    config = bundled_config(workdir / "a", skip_if_unchanged=True)
    brief = config.briefs[0]
    moment = datetime(2025, 6, 16, 6, tzinfo=UTC)
    with open_store(config.resolve(config.storage.database)) as store:
        started = time.perf_counter()
        full = run_brief(config, brief, store=store, scheduled_for=moment, trigger="schedule")
        full_s = time.perf_counter() - started
        times = []
        for i in range(1, 6):
            started = time.perf_counter()
            again = run_brief(
                config, brief, store=store, scheduled_for=moment + timedelta(days=i), trigger="schedule"
            )
            times.append(time.perf_counter() - started)
    quiet_s = sorted(times)[len(times) // 2]
    print(f"full run:            {full_s * 1000:8.1f} ms  ({full.run.status}, {full.run.articles} articles)")
    print(f"nothing new (median):{quiet_s * 1000:8.1f} ms  ({again.run.status}: {again.skipped})")
    print(f"ratio:               {quiet_s / full_s:8.1%}  (target < 10%)")


def bench_idle(workdir: Path, seconds: float) -> None:
    config = bundled_config(workdir / "b")
    service = Service(lambda: config)
    service.start()
    process = psutil.Process()
    time.sleep(1)
    before = process.cpu_times()
    time.sleep(seconds)
    after = process.cpu_times()
    service.stop(timeout=5)
    used = (after.user - before.user) + (after.system - before.system)
    print(f"idle CPU:            {used / seconds:8.3%} of one core over {seconds:.0f} s (target ~0)")


def bench_rss(workdir: Path, runs: int) -> None:
    # Steady state of a service: most scheduled runs find nothing new (skip_if_unchanged).
    config = bundled_config(workdir / "c", skip_if_unchanged=True)
    briefs = tuple(
        b.model_copy(update={"schedule": ScheduleConfig(cron="* * * * * *", timezone="UTC")})
        for b in config.briefs
    )
    config = config.model_copy(update={"briefs": briefs})
    service = Service(lambda: config)
    process = psutil.Process()
    service.start()
    database = config.resolve(config.storage.database)
    samples: list[tuple[int, float]] = []
    done = 0
    started = time.monotonic()
    try:
        while done < runs:
            time.sleep(1)
            with open_store(database) as store:
                done = store.db.execute("SELECT COUNT(*) FROM runs WHERE finished IS NOT NULL").fetchone()[0]
            if not samples or done - samples[-1][0] >= max(1, runs // 10):
                samples.append((done, process.memory_info().rss / 2**20))
    finally:
        service.stop(timeout=30)
    samples.append((done, process.memory_info().rss / 2**20))
    elapsed = time.monotonic() - started
    print(f"scheduled runs:      {done} in {elapsed:.0f} s on a 1-second schedule")
    print("RSS (MiB) by runs:   " + ", ".join(f"{n}:{rss:.0f}" for n, rss in samples))
    warm = next((rss for n, rss in samples if n >= min(10, runs)), samples[0][1])
    print(f"RSS growth after warm-up: {samples[-1][1] - warm:+.1f} MiB (target ~0)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000, help="scheduled runs for the RSS figure")
    parser.add_argument("--idle", type=float, default=10.0, help="seconds of idle CPU measurement")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-service-") as tmp:
        workdir = Path(tmp)
        bench_nothing_new(workdir)
        bench_idle(workdir, args.idle)
        bench_rss(workdir, args.runs)


if __name__ == "__main__":
    main()
