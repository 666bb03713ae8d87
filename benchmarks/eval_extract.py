"""Score the extractor on every gold set and print one table (run by hand; `make eval`).

    python benchmarks/eval_extract.py [--sets seed,devset,...] [--verbose SET]

Sets: the shared seed, tests/devset, tests/holdout, tests/holdout2, the shared ACLED notes
(acled-dev), and the real-news corpus (corpus-tune, corpus-test, corpus-fresh) read from the local
cache (see corpus/cache.py); `corpus-tune:d` scores one shard, `corpus-tune:abcd` several.
corpus-test is the locked part and corpus-fresh this session's blind shards: both are scored only
to report, so `--verbose` refuses them. Scoring is the shared scorer's, unchanged.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "eval" / "score.py"
sys.path.insert(0, str(ROOT))

from corpus.cache import CHECK_SHARDS, cache_dir, gold_dir  # noqa: E402  (after the path set-up above)
from reporter.extract import iter_facts  # noqa: E402

LOCKED = {"corpus-test", "corpus-fresh"}
KINDS = ("incidents", "troop_posture", "milestones", "overall")


def inputs(name: str) -> tuple[list[Path], Path]:
    """The article paths (or one .jsonl) and the gold folder of a set."""
    if name == "seed":
        return [SHARED / "eval" / "articles" / "seed.txt"], SHARED / "eval" / "gold"
    if name == "acled-dev":
        return [SHARED / "eval" / "acled-dev" / "articles.jsonl"], SHARED / "eval" / "acled-dev" / "gold"
    if name.startswith("corpus-"):
        # "corpus-tune:e" keeps one shard (names start with "e_"): a new shard is scored alone
        # before anyone tunes on it, as the honest check of unseen text. "corpus-tune:abcd" keeps
        # several, so a floor stays on the shards it was recorded on while new gold lands.
        split, _, shards = name.removeprefix("corpus-").partition(":")
        gold = gold_dir(split)
        paths = [
            cache_dir() / f"{p.stem}.txt"
            for p in sorted(gold.glob(f"[{shards}]_*.json" if shards else "*.json"))
        ]
        return [p for p in paths if p.exists()], gold
    folder = ROOT / "tests" / name
    return sorted((folder / "articles").glob("*.txt")), folder / "gold"


def score(name: str, verbose: bool) -> dict:
    paths, gold = inputs(name)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        started = time.perf_counter()
        with pred.open("w") as out:
            for facts in iter_facts(paths, workers=1):
                out.write(json.dumps(facts.to_dict()) + "\n")
        elapsed = time.perf_counter() - started
        # Score only the articles we have (a corpus text missing from the cache is not a miss).
        have = {p.stem for p in paths} if not name.endswith(".jsonl") else None
        gold_used = Path(tmp) / "gold"
        gold_used.mkdir()
        for g in gold.glob("*.json"):
            if name == "acled-dev" or have is None or g.stem in have:
                (gold_used / g.name).write_bytes(g.read_bytes())
        cmd = [sys.executable, str(SCORE), "--gold", str(gold_used), "--pred", str(pred), "--json"]
        if verbose:
            cmd.append("--verbose")
        run = subprocess.run(cmd, capture_output=True, text=True, check=True)
    lines = run.stdout.strip().splitlines()
    if verbose:
        print("\n".join(lines[:-1]))
    report = json.loads(lines[-1])
    report["seconds"] = elapsed
    return report


def _check_shards_in(name: str) -> str:
    """The check shards a corpus-tune set holds ("corpus-tune" alone holds them all)."""
    split, _, shards = name.partition(":")
    if split != "corpus-tune":
        return ""
    return "".join(s for s in CHECK_SHARDS if not shards or s in shards)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="seed,devset,holdout,holdout2,acled-dev,corpus-tune,corpus-test")
    ap.add_argument("--verbose", metavar="SET", help="print the scorer's misses and false hits for SET")
    args = ap.parse_args()
    if args.verbose and args.verbose.partition(":")[0] in LOCKED:
        ap.error(f"{args.verbose} is the locked test part: scored to report, never inspected")
    if args.verbose and (checked := _check_shards_in(args.verbose)):
        ap.error(f"{args.verbose} holds check shards {checked}: scored in aggregate only, never inspected")
    if not SCORE.exists():
        ap.error(f"the shared scorer is not at {SCORE}")
    print(f"{'set':12s} {'n':>4s} " + " ".join(f"{k[:10]:>16s}" for k in KINDS) + "   pubdate")
    for name in args.sets.split(","):
        if not inputs(name)[0]:
            # An empty set scores 1.0 by the scorer's convention: say it is empty instead.
            print(f"{name:12s} {0:4d}   no articles (no gold yet, or no cached texts)")
            continue
        r = score(name, verbose=args.verbose == name)
        cells = []
        for kind in KINDS:
            k = r.get(kind)
            cells.append(f"{k['f1']:.3f} ({k['precision']:.2f}/{k['recall']:.2f})" if k else f"{'-':>16s}")
        print(
            f"{name:12s} {r.get('articles', 0):4d} "
            + " ".join(f"{c:>16s}" for c in cells)
            + f"   {r.get('published_accuracy')}"
        )
    print("cells: F1 (precision/recall), micro-averaged over articles by the shared scorer")
    return 0


if __name__ == "__main__":
    sys.exit(main())
