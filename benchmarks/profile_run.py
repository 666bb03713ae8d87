"""Where the seconds of `reporter run` go: imports, then each step, on a fresh database.

Run by hand: `.venv/bin/python benchmarks/profile_run.py [--in-process]`. The heavy libraries
are imported one at a time first (their cost is the import row), then one run of the bundled
config in a temporary copy, with each step timed by a wrapper. Wall and CPU seconds are both
shown: on a busy machine the CPU column is the steadier one. Rows are inclusive (a step's row
contains the steps called inside it, marked by indentation).

As `reporter run` does on two cores, the PDF is rendered by the worker process
(``brief/pdf_worker.py``), started once the config is loaded: its CPU (interpreter, WeasyPrint
import and warm-up, the render) is a row of its own, and "wait for the PDF" is what this process
spent waiting for it. ``--in-process`` renders here instead, with WeasyPrint's import and
``render_pdf`` as rows.

What this leaves out: the interpreter's start and exit (stopping the worker, the last garbage
collection), which `benchmarks/bench_run.py` includes, since it times the whole command.
"""

from __future__ import annotations

import functools
import importlib
import os
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# As geo_map does before it imports shapely (here imported first): numpy starts no BLAS threads.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

#: (row label, module imported in that order): each one's cost excludes the ones above it.
#: ``package:name`` is imported as ``from package import name``.
IMPORTS = (
    ("import reporter.cli (click, config)", "reporter.cli"),
    ("import reporter.pipeline", "reporter.pipeline"),
    ("import the extractor (cached patterns)", "reporter.extract:iter_article_facts"),
    ("import trafilatura (HTML sources)", "trafilatura"),
    ("import shapely (map outlines; numpy)", "shapely"),
    ("import jinja2 + render", "reporter.brief.render"),
)
WEASYPRINT = ("import weasyprint (PDF)", "weasyprint")

#: (row label, module, attribute path): steps timed by a wrapper.
STEPS = (
    ("run_brief", "reporter.pipeline", "run_brief"),
    ("  ingest", "reporter.pipeline", "ingest"),
    ("    fetch_sources (read files, feed)", "reporter.pipeline", "fetch_sources"),
    ("    store.add_article", "reporter.store", "Store.add_article"),
    ("    extract_pending", "reporter.pipeline", "extract_pending"),
    ("      Extractor() (lexicons, gazetteer)", "reporter.extract", "Extractor.__init__"),
    ("      Extractor.extract", "reporter.extract", "Extractor.extract"),
    ("  collect_brief", "reporter.pipeline", "collect_brief"),
    ("  render_brief", "reporter.brief.render", "render_brief"),
    ("    map", "reporter.brief.geo_map", "incident_map"),
    ("    charts", "reporter.brief.charts", "incidents_by_day"),
    ("    timeline", "reporter.brief.charts", "timeline"),
    ("    e-mail digest", "reporter.brief.digest", "render_digest"),
    ("      e-mail PNGs (resvg)", "reporter.brief.svg", "to_png"),
    ("    render_pdf (WeasyPrint)", "reporter.brief.pdf", "render_pdf"),
    ("    wait for the PDF (worker)", None, None),
)
WORKER = "PDF worker process, CPU (not in the total)"

#: `make run`'s moment: the bundled samples are from June 2025.
DEMO_MOMENT = datetime(2025, 6, 20, 6, 0, tzinfo=UTC)

totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])


def timed(label: str, func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            totals[label][0] += time.perf_counter() - wall
            totals[label][1] += time.process_time() - cpu

    return wrapper


def patch(label: str, module_name: str, path: str) -> None:
    owner = importlib.import_module(module_name)
    *parents, name = path.split(".")
    for part in parents:
        owner = getattr(owner, part)
    setattr(owner, name, timed(label, getattr(owner, name)))
    # Names imported elsewhere with `from x import name` are patched where they are looked up.
    if not parents:
        for other in ("reporter.pipeline", "reporter.brief.render", "reporter.brief.charts"):
            mod = sys.modules.get(other)
            if mod is not None and getattr(mod, name, None) is not None and mod.__name__ != module_name:
                setattr(mod, name, timed(label, getattr(owner, name).__wrapped__))


def patch_wait(label: str) -> None:
    """Times the call that waits for the worker's PDF."""
    from reporter.brief import pdf_worker

    submit = pdf_worker.submit

    def timed_submit(*args, **kwargs):
        return timed(label, submit(*args, **kwargs))

    pdf_worker.submit = timed_submit


def main() -> None:
    in_process = "--in-process" in sys.argv[1:]
    imports = (*IMPORTS, WEASYPRINT) if in_process else IMPORTS
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    for label, module in imports:
        wall, cpu = time.perf_counter(), time.process_time()
        if module == "weasyprint":  # the way render_pdf imports it (without library searches)
            importlib.import_module("reporter.brief.pdf")._import_weasyprint()
        elif ":" in module:  # through the package's loader, as the run does (patterns from the cache)
            package, name = module.split(":")
            getattr(importlib.import_module(package), name)
        else:
            importlib.import_module(module)
        totals[label] = [time.perf_counter() - wall, time.process_time() - cpu]
    for label, module, attr in STEPS:
        if module is None:
            patch_wait(label)
        else:
            patch(label, module, attr)

    from reporter.brief import pdf_worker
    from reporter.config import load_config
    from reporter.pipeline import run_brief
    from reporter.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(ROOT / "config", work / "config")
        shutil.copytree(ROOT / "templates", work / "templates")
        config = load_config(work / "config" / "reporter.yaml")
        pdf_worker.start()  # as `reporter run` does once the config holds (not with --in-process)
        try:
            with open_store(config.resolve(config.storage.database)) as store:
                for spec in config.briefs:
                    outcome = run_brief(config, spec, store=store, as_of=DEMO_MOMENT)
                    assert outcome.pdf is not None, outcome.run.error
        finally:
            pdf_worker.stop()
    total = [time.perf_counter() - start_wall, time.process_time() - start_cpu]
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"{'step':44} {'wall s':>7} {'cpu s':>7}")
    for label, _ in imports:
        print(f"{label:44} {totals[label][0]:7.2f} {totals[label][1]:7.2f}")
    for label, *_ in STEPS:
        print(f"{label:44} {totals[label][0]:7.2f} {totals[label][1]:7.2f}")
    print(f"{'total (after interpreter start)':44} {total[0]:7.2f} {total[1]:7.2f}")
    if not in_process:
        print(f"{WORKER:44} {'':7} {child.ru_utime + child.ru_stime:7.2f}")


if __name__ == "__main__":
    main()
