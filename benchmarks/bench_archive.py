"""Benchmark: a daily brief with nothing new, against archives of 2,000 / 20,000 / 100,000 articles.

Run by hand: `.venv/bin/python benchmarks/bench_archive.py [--sizes 2000 20000 100000]`.
Targets: the run with 20,000 stored articles takes at most 1.5x the run with 2,000, and peak RSS
stays under 250 MB. Each archive is a folder of article files (20 a day, ending on the brief's
day) read by a file source, plus a store that already holds them: their articles, facts and file
stamps, as a run that read them would have left it. The measured run is `reporter run` in a
fresh process (imports included): median of three, wall and CPU seconds (CPU is the steadier
figure on a busy machine), and the highest peak RSS of the three.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reporter.config import load_config  # noqa: E402 (after the path set-up above)
from reporter.extract import Extractor  # noqa: E402
from reporter.pipeline import extractor_id  # noqa: E402
from reporter.sources import FileStamp, make_article  # noqa: E402
from reporter.sources.document import Document  # noqa: E402
from reporter.store import open_store  # noqa: E402

PER_DAY = 20
AS_OF = datetime(2025, 6, 20, 6, 0, tzinfo=UTC)
REPORTER = str(Path(sys.executable).with_name("reporter"))

CONFIG = """\
storage: {database: var/reporter.db}
output: {directory: out}
delivery: {outbox: var/outbox}
sources:
  - {id: archive, kind: file, path: articles, tags: [iraq]}
briefs:
  - {id: daily, title: Daily brief, period: 24h, tags: [iraq]}
"""

# Self-written stand-ins for wire copy: incidents, a troop figure and an article with no facts.
TEMPLATES = (
    "Two rockets struck {base} near {city} on Tuesday, wounding {n} contractors, a security official said.",
    "A drone attack targeted {base} outside {city} overnight; air defences shot it down, the coalition said.",
    "About {troops} US troops are stationed in Iraq, a Pentagon spokesperson told reporters.",
    "Lawmakers in Baghdad debated the budget for a third day without a vote, a committee member said.",
    "Gunmen attacked an army checkpoint near {city}, killing {n} soldiers, local police said.",
)
BASES = ("Ain al-Asad air base", "Victory Base", "Harir air base")
CITIES = ("Baghdad", "Erbil", "Kirkuk", "Mosul")


def article_text(i: int) -> tuple[tuple, str]:
    """The i-th article's body and the key of its template fill (articles sharing it share facts)."""
    key = (i % len(TEMPLATES), BASES[i % 3], CITIES[i % 4], 2 + i % 3, 2000 + 500 * (i % 4))
    t, base, city, n, troops = key
    body = TEMPLATES[t].format(base=base, city=city, n=n, troops=f"{troops:,}")
    return key, f"{body}\n\nFiled as dispatch {i}."


def build(folder: Path, size: int) -> None:
    """Write the files and a store holding what a run that read them would have stored."""
    (folder / "articles").mkdir(parents=True)
    (folder / "reporter.yaml").write_text(CONFIG)
    config = load_config(folder / "reporter.yaml")
    source = config.sources[0]
    extractor = Extractor()
    version = extractor_id()
    cache = {}
    articles, facts, stamps = [], [], []
    first = AS_OF - timedelta(days=size // PER_DAY)
    for i in range(size):
        published = first + timedelta(days=i // PER_DAY, minutes=i % PER_DAY * 30)
        key, body = article_text(i)
        title = f"Dispatch {i}"
        path = folder / "articles" / f"{i:06d}.txt"
        path.write_text(
            f"---\ntitle: {title}\noutlet: Bench Wire\npublished: {published.isoformat()}\n---\n{body}\n"
        )
        stat = path.stat()
        stamps.append(FileStamp(path=str(path), size=stat.st_size, mtime_ns=stat.st_mtime_ns))
        doc = Document(text=body, title=title, outlet="Bench Wire", published=published)
        article = make_article(doc, source=source, now=published)
        articles.append(article)
        if key not in cache:
            cache[key] = extractor.extract(body, id="template", published=published.date())
        day = published.date().isoformat()
        found = cache[key]
        facts.append(
            dataclasses.replace(
                found,
                id=article.id,
                title=title,
                published=day,
                incidents=tuple(dataclasses.replace(x, date=day) for x in found.incidents),
            )
        )
    with open_store(config.resolve(config.storage.database)) as store, store.transaction():
        for article in articles:
            store.add_article(article, canonical_url=None)
        store.save_facts(facts, extractor=version)
        store.save_file_stamps(source.id, stamps)


def timed_run(folder: Path) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one `reporter run` in a fresh process."""
    args = [REPORTER, "run", "--config", "reporter.yaml", "--as-of", AS_OF.isoformat(), "--no-deliver"]
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"reporter run failed in {folder}: {err}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description="Nothing-new run time against the archive size.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000, 100000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)  # internal: build one archive
    args = parser.parse_args()
    if args.build:
        build(args.build, args.sizes[0])
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            folder = Path(tmp) / str(size)
            started = time.perf_counter()
            # In its own process: Linux counts a child's peak RSS from before its exec, so runs
            # forked from a process holding a built archive would report that process's size.
            subprocess.run(
                [sys.executable, __file__, "--build", str(folder), "--sizes", str(size)], check=True
            )
            built = time.perf_counter() - started
            timed_run(folder)  # the first run renders a first issue; the measured ones find nothing new
            runs = [timed_run(folder) for _ in range(args.repeat)]
            seconds = statistics.median(s for s, _, _ in runs)
            cpu = statistics.median(c for _, c, _ in runs)
            rss = max(r for _, _, r in runs)
            rows.append((size, seconds, cpu, rss))
            print(
                f"{size:>7} articles: nothing-new run median {seconds:.2f} s wall, {cpu:.2f} s CPU, "
                f"peak RSS {rss} MB (archive built in {built:.0f} s)",
                flush=True,
            )
    _, base, base_cpu, _ = rows[0]
    for size, seconds, cpu, rss in rows:
        print(
            f"{size:>7}: {seconds / base:.2f}x wall, {cpu / base_cpu:.2f}x CPU of the "
            f"{rows[0][0]}-article run; peak RSS {rss} MB"
        )
    print("targets: 20,000 articles at most 1.5x the 2,000-article run; peak RSS under 250 MB")


if __name__ == "__main__":
    main()
