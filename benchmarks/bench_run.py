"""Benchmark: `reporter run` on the bundled samples, and `reporter --help` start-up.

Run by hand: `.venv/bin/python benchmarks/bench_run.py`. Targets: run under 3 s, help under 0.3 s.
Each figure is the median of several runs in a fresh copy of config/ and templates/.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORTER = [str(Path(sys.executable).with_name("reporter"))]


def timed(args: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    helps = [timed([*REPORTER, "--help"], ROOT) for _ in range(7)]
    print(f"reporter --help: median {statistics.median(helps) * 1000:.0f} ms (target < 300 ms)")
    cold, warm = [], []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            shutil.copytree(ROOT / "config", work / "config")
            shutil.copytree(ROOT / "templates", work / "templates")
            args = [*REPORTER, "run", "--config", "config/reporter.yaml"]
            cold.append(timed(args, work))  # empty database: ingest + extract + render
            warm.append(timed(args, work))  # nothing new: render only
    print(f"reporter run, fresh database: median {statistics.median(cold):.2f} s (target < 3 s)")
    print(f"reporter run, nothing new:    median {statistics.median(warm):.2f} s")


if __name__ == "__main__":
    main()
