"""The publication date on the dev set of new pages (run by hand; no test depends on it).

    .venv/bin/python benchmarks/eval_published.py [--verbose]

Pages are listed in benchmarks/pubdate/manifest.jsonl with the date each text itself states (per
the GUIDE: a stamp, dateline or byline; null when it states none) and a few words on the stamp's
form; their texts sit in the corpus cache (never in git). Accuracy is counted as the shared scorer
counts it, over pages with a stated date; pages with none are counted apart: a date given there is a
guess the GUIDE would not make.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reporter.extract.dates import read_as_of  # noqa: E402
from reporter.extract.published import infer_published  # noqa: E402
from reporter.extract.text import clean  # noqa: E402

MANIFEST = ROOT / "benchmarks" / "pubdate" / "manifest.jsonl"
CACHE = Path.home() / ".cache" / "reporter-corpus"
#: The day yearless dates are read as of (a fixed day after every page of the set, so the figures
#: do not drift with the calendar).
_AS_OF = date(2026, 1, 31)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verbose", action="store_true", help="list every page, not only the wrong ones")
    args = ap.parse_args()
    pages = [json.loads(line) for line in MANIFEST.read_text().splitlines() if line.strip()]
    right = stated = guessed = none = missing = changed = 0
    wrong: dict[str, list[str]] = defaultdict(list)
    for p in pages:
        path = CACHE / f"{p['name']}.txt"
        if not path.exists():
            missing += 1
            continue
        text = path.read_text()
        if hashlib.sha256(text.encode()).hexdigest() != p["sha256"]:
            changed += 1
        # a yearless date is read as of a fixed day, so the figures do not drift with the calendar
        with read_as_of(_AS_OF):
            got = infer_published(clean(text))
        got_s = got.isoformat() if got else None
        gold = p["published"]
        line = f"{p['name']}: gold {gold} got {got_s}  [{p['form']}]"
        if gold:
            stated += 1
            right += got_s == gold
            if got_s != gold:
                wrong["missing" if got_s is None else "wrong"].append(line)
        else:
            none += 1
            if got_s:
                guessed += 1
                wrong["dated an undated page"].append(line)
        if args.verbose and (gold == got_s):
            print("ok  ", line)
    for kind, lines in wrong.items():
        print(f"-- {kind} ({len(lines)})")
        for line in lines:
            print("   ", line)
    acc = right / stated if stated else 0.0
    print(
        f"pages {len(pages) - missing} (missing {missing}, changed {changed}); stated {stated}: "
        f"accuracy {acc:.3f} ({right}/{stated}); undated {none}: dated by the extractor {guessed}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
