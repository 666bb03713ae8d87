"""Lines of our code, tests and comments that repeat an article's wording (run by hand).

    python benchmarks/own_words.py [--words 8] [--since REV]

The project keeps no article's wording: tests use self-written text and comments their own
examples (HELPERS.md, CONVENTIONS.md). Each session has found copies by eye. This lists every run
of ``--words`` words (8 by default; 7 finds more, names included) that a .py file of reporter/,
tests/ or benchmarks/ shares with an article of the read corpus shards (learnkit.READ_SHARDS), the
pages helpers gathered outside the corpus to find errors on (``dev_*`` in the cache), the shared
seed or the ACLED dev notes: file, line, the words and the article. ``--every`` reads every cached
text, check and locked shards too (the lead's end-of-session scan: it shows only our own lines and
the name of the article they repeat). ``--since REV`` keeps only the lines added since REV (what a
change wrote).
Aliases in the lexicon data (YAML) are names, not wording, and are not read.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from learnkit import ACLED, READ_SHARDS, ROOT, SHARED

from corpus.cache import cache_dir

_WORD = re.compile(r"[a-z0-9]+")


def runs(text: str, n: int) -> dict[str, int]:
    """Every run of ``n`` words of ``text`` (lower case, punctuation dropped) -> the offset it starts at."""
    found = [(m.group(), m.start()) for m in _WORD.finditer(text.lower())]
    out: dict[str, int] = {}
    for i in range(len(found) - n + 1):
        out.setdefault(" ".join(w for w, _ in found[i : i + n]), found[i][1])
    return out


def articles(every: bool = False) -> dict[str, str]:
    """Article id -> text: the read shards' cached texts and the outside pages (or, with ``every``,
    every cached text), the seed and the ACLED notes."""
    readable = ("dev_", *(f"{s}_" for s in READ_SHARDS))
    texts = {
        p.stem: p.read_text(errors="replace")
        for p in sorted(cache_dir().glob("*.txt"))
        if every or p.name.startswith(readable)
    }
    for p in sorted((SHARED / "eval" / "articles").glob("*.txt")):
        texts[f"seed:{p.stem}"] = p.read_text(errors="replace")
    notes = ACLED / "articles.jsonl"
    if notes.exists():
        for line in notes.read_text().splitlines():
            rec = json.loads(line)
            texts[f"acled:{rec['id']}"] = rec.get("text") or ""
    return texts


def added_lines(since: str) -> dict[str, set[int]]:
    """File -> the line numbers added since ``since``."""
    diff = subprocess.run(
        ["git", "diff", "-U0", since, "--", "reporter", "tests", "benchmarks"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    out: dict[str, set[int]] = {}
    name = ""
    for line in diff.splitlines():
        if line.startswith("+++ "):
            name = line[6:]
        elif m := re.match(r"@@ -\S+ \+(\d+)(?:,(\d+))? @@", line):
            start, count = int(m.group(1)), int(m.group(2) or 1)
            out.setdefault(name, set()).update(range(start, start + count))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=8, help="how many running words make a copy (default 8)")
    ap.add_argument("--since", metavar="REV", help="only lines added since REV")
    ap.add_argument("--every", action="store_true", help="read every cached text, check and locked shards too")
    args = ap.parse_args()
    seen: dict[str, str] = {}
    for name, text in articles(args.every).items():
        for run in runs(text, args.words):
            seen.setdefault(run, name)
    only = added_lines(args.since) if args.since else None
    files = sorted(p for d in ("reporter", "tests", "benchmarks") for p in (ROOT / d).rglob("*.py"))
    count = 0
    for path in files:
        rel = str(path.relative_to(ROOT))
        if only is not None and rel not in only:
            continue
        text = path.read_text(errors="replace")
        shown: set[int] = set()
        for run, at in runs(text, args.words).items():
            line = text.count("\n", 0, at) + 1
            if run in seen and line not in shown and (only is None or line in only[rel]):
                shown.add(line)
                count += 1
                print(f"{rel}:{line}: '{run}' ~ {seen[run]}")
    print(f"{count} lines share {args.words} running words with an article ({len(seen)} runs read)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
