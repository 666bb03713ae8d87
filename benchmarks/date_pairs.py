"""Missed incidents that a false one meets but for the date: counted by the kind of date error.

    python benchmarks/date_pairs.py [--sets corpus-tune:efmn...] [--pred PRED.jsonl] [--save PRED.jsonl]
        [--show SET]

In one article, a gold incident the scorer left unmatched and a predicted one it left unmatched
that agree on type group and place (the shared scorer's own tests) but not on date are one event
given the wrong day, most likely. Each such pair (greedily, best first, one use per item) is
counted by how the dates differ: no date predicted, a year off, the report's day given to an
earlier event, days off before or after, a range against a day, a month against a day.

Check shards print counts only (per kind, and the F1 they would lift to); ``--show`` lists the
pairs of a read set (date, type, place; no text), for reading the articles by hand.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_extract import SCORE, _check_shards_in, inputs

from reporter.extract import iter_facts
from reporter.extract.dates import find_dates, latest_told

_spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


def _iv(value):
    v = score.interval(value)
    return None if v in (None, "bad") else v


def kind(gold: dict, pred: dict, published: date | None) -> str:
    """How a predicted date misses the gold's."""
    g, p = _iv(gold.get("date")), _iv(pred.get("date"))
    if p is None:
        span = (g[1] - g[0]).days + 1
        return "pred none, gold " + ("day" if span <= 2 else f"{span}d" if span < 40 else "long")
    g_range, p_range = (g[1] - g[0]).days > 1, (p[1] - p[0]).days > 1
    ds, de = (p[0] - g[0]).days, (p[1] - g[1]).days
    if 358 <= abs(ds) <= 372 and 358 <= abs(de) <= 372:
        return "year " + ("late" if ds > 0 else "early")
    if published and p[0] == p[1] == published and not g_range:
        return f"pred=pub, gold {'-' if ds > 0 else '+'}{min(abs(ds), 30)}d" if abs(ds) <= 30 else "pred=pub, gold far"
    if published and p[0] == p[1] == published - date.resolution and not g_range:
        return "pred=pub-1, gold " + ("before" if ds > 0 else "after")
    if g_range and not p_range:
        inside = g[0] <= p[0] <= g[1]
        return f"gold range{' ' + str((g[1] - g[0]).days + 1) + 'd' if (g[1] - g[0]).days < 40 else ' long'}, pred day {'inside' if inside else 'outside'}"
    if p_range and not g_range:
        inside = p[0] <= g[0] <= p[1]
        return f"pred range{' ' + str((p[1] - p[0]).days + 1) + 'd' if (p[1] - p[0]).days < 40 else ' long'}, gold day {'inside' if inside else 'outside'}"
    if g_range and p_range:
        return "both ranges, ends differ"
    d = ds
    if abs(d) <= 7:
        return f"day {'late' if d > 0 else 'early'} 2-7"
    if abs(d) <= 45:
        return f"day {'late' if d > 0 else 'early'} 8-45"
    if abs(d) <= 340:
        return f"day {'late' if d > 0 else 'early'} 46-340"
    return f"day {'late' if d > 0 else 'early'} >1y"


def _told(text: str, evidence: str) -> str:
    """What date words an undated prediction's sentence holds, and whether its page gives a year."""
    at = text.find(evidence[:80]) if evidence else -1
    if at < 0:
        return "sentence not found"
    end = at + len(evidence)
    kinds = sorted({d.kind + ("" if d.span else "?") for d in find_dates(text, None) if at <= d.start < end})
    page = "page has a dated day" if latest_told(text, full=True) else "page has a year" if latest_told(text) else "page no year"
    return (",".join(kinds) or "no date words") + "; " + page


def _where(text: str, evidence: str, gold: dict, pred: dict, published: date | None) -> str:
    """Where the predicted date and the gold's are told, as the rules read the dates (``published``)."""
    at = text.find(evidence[:80]) if evidence else -1
    if at < 0:
        return "sentence not found"
    end = at + len(evidence)
    found = [d for d in find_dates(text, published) if d.span]

    def told(value) -> str:
        iv = _iv(value)
        hits = [d for d in found if abs((d.span.start - iv[0]).days) <= 1 and abs((d.span.end - iv[1]).days) <= 1]
        if not hits:
            return "untold"
        near = min(hits, key=lambda d: 0 if at <= d.start < end else min(abs(d.start - at), abs(d.start - end)))
        place = "own sentence" if at <= near.start < end else "before" if near.start < at else "after"
        return f"{near.kind} {place}"

    return f"pred {told(pred.get('date')) if pred.get('date') else 'none'} / gold {told(gold.get('date'))}"


def date_pairs(gold: dict, pred: dict):
    """(gold incident, predicted incident) pairs the scorer left apart only by their dates."""
    golds, preds = gold.get("incidents") or [], pred.get("incidents") or []
    _, _, _, pairs = score.match(golds, preds, score.incident_pair)
    used_g = {id(g) for g, _ in pairs}
    used_p = {id(p) for _, p in pairs}
    free_g = [g for g in golds if id(g) not in used_g and not g.get("optional")]
    free_p = [p for p in preds if id(p) not in used_p]

    def undated(g, p):
        if not score.types_agree(g.get("type"), p.get("type")) or not score.places_agree(g, p):
            return 0.0
        return 1.0 + 0.5 * (g.get("type") == p.get("type"))

    _, _, _, near = score.match(free_g, free_p, undated)
    tp = len(pairs) - sum(1 for g, _ in pairs if g.get("optional"))
    return near, tp, len(free_p), len(free_g)


def run(name: str, pred_path: Path | None, save: Path | None, show: bool) -> None:
    paths, gold_dir = inputs(name)
    golds = {p.stem: json.loads(p.read_text()) for p in gold_dir.glob("*.json")}
    if pred_path:
        preds = {Path(d["id"]).name.split(".")[0]: d for d in map(json.loads, pred_path.read_text().splitlines())}
    else:
        preds = {}
        for f in iter_facts(paths, workers=1):
            d = f.to_dict()
            preds[Path(str(d.get("id"))).name.split(".")[0]] = d
        if save:
            save.write_text("".join(json.dumps(d) + "\n" for d in preds.values()))
    kinds: Counter[str] = Counter()
    tp = fp = fn = 0
    shown = []
    texts = {p.stem: p for p in paths}
    for stem, pred in preds.items():
        gold = golds.get(stem)
        if gold is None:
            continue
        near, t, f_p, f_n = date_pairs(gold, pred)
        tp, fp, fn = tp + t, fp + f_p, fn + f_n
        pub = date.fromisoformat(pred["published"]) if pred.get("published") else None
        gpub = date.fromisoformat(gold["published"]) if gold.get("published") else None
        for g, p in near:
            k = kind(g, p, pub or gpub)
            if pub is None:
                k += " [no pub; gold pub]" if gpub else " [no pub either]"
            elif gpub is None:
                k += " [gold no pub]"
            elif gpub != pub:
                k += " [pub differs]"
            kinds[k] += 1
            if stem in texts:
                text = texts[stem].read_text()
                if p.get("date") is None:
                    told = _told(text, p.get("evidence") or "")
                    where = _where(text, p.get("evidence") or "", g, p, pub).partition(" / ")[2]
                    kinds["  pred none: " + k + ": " + told + "; " + where] += 1
                else:
                    kinds["  where: " + k + ": " + _where(text, p.get("evidence") or "", g, p, pub)] += 1
            if show:
                shown.append(f"{stem}: {k}: gold {g.get('date')} pred {p.get('date')} pub {pred.get('published')} "
                             f"{p.get('type')} @ {p.get('location')}")
    total = sum(n for k, n in kinds.items() if not k.startswith(" "))
    f1 = score.prf(tp, fp, fn)[2]
    lifted = score.prf(tp + total, fp - total, fn - total)[2]
    print(f"{name}: incidents F1 {f1:.3f} (tp {tp} fp {fp} fn {fn}); {total} pairs apart only by date,"
          f" F1 {lifted:.3f} with them right")
    for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:4d}  {k}")
    if show:
        print("\n".join(sorted(shown)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="corpus-tune:efmnopqruxz0123456789")
    ap.add_argument("--pred", type=Path, help="score this prediction file instead of extracting")
    ap.add_argument("--save", type=Path, help="keep the predictions extracted here")
    ap.add_argument("--show", metavar="SET", help="list the pairs of SET (read shards only)")
    args = ap.parse_args()
    if args.show and _check_shards_in(args.show):
        ap.error(f"{args.show} holds check shards: counts only")
    for name in args.sets.split(","):
        run(name, args.pred, args.save, args.show == name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
