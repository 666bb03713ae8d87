"""Where the CPU of `Extractor.extract` goes on the real-news corpus: stages, then patterns.

Run by hand: `.venv/bin/python benchmarks/profile_extract.py [--patterns 30]`, with `REPORTER_CORPUS`
set where the corpus texts are (see corpus/README.md). As item 5 of bench_extract.py does, a fresh
process warms up on 20 generated articles, then extracts each corpus text once; the CPU of each stage
of that pass is shown (wrappers around the functions the extractor calls; rows are inclusive, and
what is left, the Facts records and the published-date inference, is the last row).

``--sets seed,devset,...`` profiles the scored sets instead (eval_extract's names; the texts are
only extracted, never shown): where no corpus text is cached, their articles stand in for it.

``--patterns N`` then lists the N costliest regular expressions of the extract modules: each
module-level pattern's calls in a second pass over the texts are recorded (arguments kept), and replayed,
pattern by pattern, best of five (CPU). The replay runs each pattern on its own, with its program and
the texts hot in the caches, so its figures are a floor: in the pass, between thousands of other
patterns, the same calls cost more. Patterns compiled inside functions, and those reached only
through a tuple or a bound method, are not listed.

The extract modules must be imported through the package (``from reporter.extract import
Extractor``), as here: that import compiles their patterns from the cache, with first-character sets
and alternatives grouped by their first letter (patterns.py). A module imported directly first
(``from reporter.extract import events``) compiles its patterns with plain ``re.compile``, and a
profile then measures slower searches than a real run has (events._BREAK over the corpus's clauses:
about 38 ms instead of 12).

On a busy machine every figure moves by a tenth or more between runs: compare two trees in
alternating fresh processes, several pairs, and take the median of their ratios.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import json
import pkgutil
import re
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_extract  # noqa: E402 - after the path set-up above

from reporter.extract import Extractor  # noqa: E402 - through the package: patterns from the cache

#: The functions the extractor calls, timed where it calls them (module, name, row label).
STAGES = (
    ("reporter.extract.extractor", "find_incidents", "incidents"),
    ("reporter.extract.extractor", "find_posture", "posture (rules)"),
    ("reporter.extract.extractor", "find_milestones", "milestones (rules)"),
    ("reporter.extract.learned", "revise", "milestones (learned)"),
    ("reporter.extract.learned_posture", "revise", "posture (learned)"),
    ("reporter.extract.extractor", "relevant", "relevance"),
)
#: Pattern methods whose calls are recorded and replayed.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "split", "sub")


def _timed(cpu: dict[str, float], label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            cpu[label] += time.process_time() - start

    return timed


class _Recorder:
    """A module-level pattern standing in for the one it wraps, keeping the arguments of its calls."""

    __slots__ = ("_calls", "_pattern")

    def __init__(self, pattern: Any, calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]) -> None:
        self._pattern = pattern
        self._calls = calls

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._pattern, name)
        if name not in _METHODS:
            return found
        calls = self._calls

        def recorded(*args: Any, **kwargs: Any) -> Any:
            calls.append((name, args, kwargs))
            return found(*args, **kwargs)

        return recorded


def set_articles(names: str) -> list[dict[str, str]]:
    """The articles of the scored sets (eval_extract.inputs), as real_articles gives the corpus's: each
    file's or JSON Lines record's text, its publication day from the record or the front matter."""
    import eval_extract

    from reporter.sources.document import parse_text, to_utc

    out = []
    for name in names.split(","):
        for path in eval_extract.inputs(name)[0]:
            raw = path.read_text(encoding="utf-8")
            rows = [json.loads(line) for line in raw.splitlines() if line.strip()] if path.suffix == ".jsonl" else [{}]
            for n, row in enumerate(rows, 1):
                doc = parse_text((row.get("text") or "") if row else raw)
                stamp = to_utc(row.get("published")) or doc.published
                day = stamp.date().isoformat() if stamp else ""
                out.append({"id": str(row.get("id") or f"{path.name}:{n}"), "published": day, "title": "", "text": doc.text})
    return out


def _record_patterns() -> dict[str, tuple[Any, list[tuple[str, tuple[Any, ...], dict[str, Any]]]]]:
    """Every module-level pattern of the extract modules put behind a recorder: name -> (pattern, calls)."""
    from reporter import extract
    from reporter.extract.prefilter import Folded

    out: dict[str, tuple[Any, list[tuple[str, tuple[Any, ...], dict[str, Any]]]]] = {}
    for info in pkgutil.iter_modules(extract.__path__):
        module = importlib.import_module(f"reporter.extract.{info.name}")
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern | Folded):
                calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
                out[f"{info.name}.{name}"] = (value, calls)
                setattr(module, name, _Recorder(value, calls))
    return out


def _replay(pattern: Any, calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]], rounds: int = 5) -> float:
    """The best CPU of ``rounds`` replays of the calls (a finditer's matches read to the end)."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for method, args, kwargs in calls:
            found = getattr(pattern, method)(*args, **kwargs)
            if method == "finditer":
                for _m in found:
                    pass
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--patterns", type=int, default=0, metavar="N", help="list the N costliest patterns")
    ap.add_argument("--sets", metavar="NAMES", help="profile these scored sets (comma-separated), not the corpus")
    args = ap.parse_args()
    recs = set_articles(args.sets) if args.sets else bench_extract.real_articles()
    if not recs:
        print("no corpus text in the local cache (set REPORTER_CORPUS; see corpus/README.md)")
        return 1
    ex = Extractor()
    for r in bench_extract.corpus(20, seed=99):  # the lexicon loaded, the lazy parts warmed
        ex.extract(r["text"], id=r["id"], published=date.fromisoformat(r["published"]))
    cpu: dict[str, float] = collections.defaultdict(float)
    from reporter.extract.document import Document

    read = Document.read.__func__  # type: ignore[attr-defined]
    Document.read = classmethod(_timed(cpu, "document (parse, dates, names)", read))  # type: ignore[method-assign]
    for module, name, label in STAGES:
        owner = importlib.import_module(module)
        setattr(owner, name, _timed(cpu, label, getattr(owner, name)))
    items = [
        (r["text"], r["id"], date.fromisoformat(r["published"]) if r["published"] else None) for r in recs
    ]
    start = time.process_time()
    for text, rid, day in items:
        ex.extract(text, id=rid, published=day)
    total = time.process_time() - start
    print(f"{len(items)} articles, {total:.3f} s CPU, {len(items) / total:,.0f} articles per CPU-second")
    rows = sorted(cpu.items(), key=lambda kv: -kv[1])
    for label, seconds in [*rows, ("other", total - sum(cpu.values()))]:
        print(f"  {seconds * 1000:8.1f} ms  {100 * seconds / total:5.1f}%  {label}")
    if args.patterns:
        # a second pass, behind the recorders (which slow it: only the arguments are kept): the first
        # pass's calls, but for those of a per-word memo's patterns on words the memo now holds
        recorded = _record_patterns()
        for text, rid, day in items:
            ex.extract(text, id=rid, published=day)
        costs = sorted(
            ((_replay(p, calls), len(calls), name) for name, (p, calls) in recorded.items() if calls),
            reverse=True,
        )
        print(
            f"patterns, replayed (best of 5; all {len(costs)} called: {sum(c for c, _, _ in costs) * 1000:.0f} ms)"
        )
        for seconds, n, name in costs[: args.patterns]:
            print(f"  {seconds * 1000:8.2f} ms  {n:6d} calls  {seconds / n * 1e6:7.1f} us/call  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
