"""Benchmark: `reporter run` on the bundled samples, and `reporter --help` start-up.

Run by hand: `.venv/bin/python benchmarks/bench_run.py`. Targets: run under 2 s, help under 0.3 s.
Each figure is the median of several runs in a fresh copy of config/ and templates/, at `make run`'s
moment; wall and CPU seconds (on a busy machine the CPU figure is the steadier one).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORTER = [str(Path(sys.executable).with_name("reporter"))]
#: `make run`'s moment (see the Makefile): the bundled samples are from June 2025.
DEMO_MOMENT = "2025-06-20T06:00:00Z"


def timed(args: list[str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one command in a fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(args)} failed in {cwd}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def median(runs: list[tuple[float, float]]) -> str:
    return f"{statistics.median(w for w, _ in runs):.2f} s wall, {statistics.median(c for _, c in runs):.2f} s CPU"


def main() -> None:
    helps = [timed([*REPORTER, "--help"], ROOT) for _ in range(7)]
    print(f"reporter --help: median {median(helps)} (target < 0.3 s)")
    cold, warm = [], []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            shutil.copytree(ROOT / "config", work / "config")
            shutil.copytree(ROOT / "templates", work / "templates")
            args = [*REPORTER, "run", "--config", "config/reporter.yaml", "--as-of", DEMO_MOMENT]
            cold.append(timed(args, work))  # empty database: ingest + extract + render
            warm.append(timed(args, work))  # nothing new: render only
    print(f"reporter run, fresh database: median {median(cold)} (target < 2 s)")
    print(f"reporter run, nothing new:    median {median(warm)}")


if __name__ == "__main__":
    main()
