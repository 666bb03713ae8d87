"""Where the real-news corpus texts live, and which of them this machine has.

The texts are publishers' copyright, so git keeps only the manifest (address, outlet, date, query,
sha256) and our gold; the texts sit in a cache outside the work tree, `~/.cache/reporter-corpus/`
(or `$REPORTER_CORPUS`). Run this file to see what is missing or changed:

    python3 corpus/cache.py            # exit 1 when a text is missing or differs from the manifest
    python3 corpus/cache.py --queries  # the missing texts grouped by the query that finds them (JSON lines)
    python3 corpus/cache.py --save NAME FILE  # put a regathered excerpt in the cache if its hash agrees

A new machine regathers a missing text with the search tool (corpus `pages`, the manifest's
`query`, keep the result whose address is the manifest's `url`), saves the excerpt verbatim as
`NAME.txt`, and checks it here (``--save`` does both: it tries the small differences a stored excerpt
shows from the saved text, a final newline or a curly apostrophe, against the manifest's sha256). The saved text is the excerpt plus one newline, or the excerpt alone
when it already ends in one. ``--queries`` lists the missing texts by query (276 queries find all 969
texts of shards a-p: one search each), to share among helpers.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: "fresh" holds a shard annotated blind this session: scored as unseen text, never tuned on,
#: and moved to "tune" by the next session.
SPLITS = ("tune", "test", "fresh")
#: Tune shards kept unread as checks of generality (corpus/README.md): scored in aggregate only,
#: never listed miss by miss, never trained on. The other tune shards are the read shards.
CHECK_SHARDS = "efmnopqruxz0123456789"


def cache_dir() -> Path:
    return Path(os.environ.get("REPORTER_CORPUS") or Path.home() / ".cache" / "reporter-corpus")


def manifest() -> list[dict]:
    """Every manifest record, shard by shard, in the order they were gathered."""
    records = []
    for shard in sorted((HERE / "manifest").glob("*.jsonl")):
        for line in shard.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    return records


def gold_dir(split: str) -> Path:
    return HERE / "gold" / split


def status() -> dict[str, list[str]]:
    """Names grouped as present, missing or changed (sha256 differs from the manifest)."""
    out: dict[str, list[str]] = {"present": [], "missing": [], "changed": []}
    for rec in manifest():
        path = cache_dir() / f"{rec['name']}.txt"
        if not path.exists():
            out["missing"].append(rec["name"])
        elif hashlib.sha256(path.read_bytes()).hexdigest() != rec["sha256"]:
            out["changed"].append(rec["name"])
        else:
            out["present"].append(rec["name"])
    return out


def missing_by_query() -> list[dict]:
    """One record per query that finds a missing text: the query and its articles (name, url, chars)."""
    missing = set(status()["missing"])
    grouped: dict[str, list[dict]] = {}
    for rec in manifest():
        if rec["name"] in missing:
            grouped.setdefault(rec["query"], []).append({k: rec[k] for k in ("name", "url", "chars")})
    return [{"query": q, "articles": arts} for q, arts in grouped.items()]


def _variants(excerpt: str) -> list[str]:
    """The forms a saved text may take of its stored excerpt: the excerpt with one final newline or none
    or as stored, and each with straight and curly apostrophes swapped."""
    bare = excerpt.rstrip("\n")
    forms = [excerpt, bare + "\n", bare, bare + "\n\n", excerpt + "\n"]
    return forms + [f.replace("\u2019", "'") for f in forms] + [f.replace("'", "\u2019") for f in forms]


def restored(excerpt: str, sha256: str) -> str | None:
    """The saved text of a regathered excerpt: the first of its forms whose sha256 is the manifest's."""
    return next((f for f in _variants(excerpt) if hashlib.sha256(f.encode("utf-8")).hexdigest() == sha256), None)


def save(name: str, excerpt: str) -> bool:
    """Write ``name``'s text to the cache (atomically) when a form of ``excerpt`` has its manifest hash."""
    rec = next((r for r in manifest() if r["name"] == name), None)
    if rec is None:
        raise KeyError(name)
    text = restored(excerpt, rec["sha256"])
    if text is None:
        return False
    cache_dir().mkdir(parents=True, exist_ok=True)
    tmp = cache_dir() / f".{name}.txt.tmp"
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, cache_dir() / f"{name}.txt")
    return True


def main() -> int:
    if sys.argv[1:2] == ["--save"] and len(sys.argv) == 4:
        name, excerpt = sys.argv[2], Path(sys.argv[3]).read_text(encoding="utf-8")
        try:
            ok = save(name, excerpt)
        except KeyError:
            print(f"{name}: no such name in the manifest", file=sys.stderr)
            return 2
        print(f"saved {name}" if ok else f"{name}: no form of {sys.argv[3]} has the manifest's sha256 (nothing saved)")
        return 0 if ok else 1
    if sys.argv[1:] == ["--queries"]:
        for line in missing_by_query():
            print(json.dumps(line, ensure_ascii=False))
        return 0
    found = status()
    print(
        f"{len(found['present'])} present, {len(found['missing'])} missing, "
        f"{len(found['changed'])} changed in {cache_dir()}"
    )
    for kind in ("missing", "changed"):
        for name in found[kind]:
            print(f"{kind}: {name}")
    return 1 if found["missing"] or found["changed"] else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        # `python3 corpus/cache.py | head -1`: the reader closed the pipe once it had its line; the
        # rest is not wanted, and Python's flush at exit must not print a traceback about it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
