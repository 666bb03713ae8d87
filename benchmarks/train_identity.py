"""Train the learned event-identity layer (reporter/brief/learned_identity.py) on the fit shards; judge
it on the judge shards.

    python benchmarks/train_identity.py [--write] [--ceiling]       (`make train` runs --write)

The brief's rows as the rules group them (bench_brief_identity.py: one brief, period all, of each
shard set's cached texts, every extracted incident matched to its gold item and that to its real
event) give the pairs to learn: every pair of reports of two rows that the rules keep apart, in one
country (or one without) and dated within learned_identity.WINDOW_DAYS, whose two rows no pair of
reports plainly tells apart; labelled 1 when both reports are of one real event, 0 when of two
(reports of no real event are scored, not learned from). A logistic model (learnkit.fit_binary,
calibrated) over learned_identity.pair_features; its C and join threshold are chosen on the FIT
shards (learnkit.FIT_SHARDS) out of fold, each shard's pairs scored by a model trained on the other
shards', by the brief's own figures over all fit shards with rows joined at that threshold:

    cost = extra rows (rows holding a real event, less the real events) + MIXED_WEIGHT * mixed rows

A mixed row hides an event behind another (the reader loses it); a duplicate row only repeats one:
one mixed row weighs as MIXED_WEIGHT duplicates. The model trained on every fit shard then revises
the JUDGE shards' brief (learnkit.JUDGE_SHARDS, never trained on) and the read shards' (never trained
on either): --write writes reporter/brief/data/identity_model.json when on the judge shards the cost
falls, rows per real event fall by at least MIN_ROWS_GAIN and mixed rows rise by at most
MAX_MIXED_RISE (as a share), else removes it.

Two models, chosen one after the other: first the keeper (pairs of reports within each rule row;
a row splits into the parts no pair at or above ``split`` holds), then the joiner over the rows as
split out of fold (above). Printed: aggregate figures only (no per-shard, per-article or
per-feature figure of a fit or judge shard), and what joining every candidate pair of rows of one
real event would give (the most the joiner could do). --show (fitting on read shards) and
--show-read list joins of read shards only; --gbm compares a small gradient-boosted joiner out of
fold (not shipped: no better than the logistic one).

Nineteenth session, shipped (`make train` runs --no-split --write; all 2240 texts; extra rows =
rows holding a real event less the real events; cost = extra rows + 2 x mixed rows), the joiner alone:
  fit out of fold    rows/event 1.488 -> 1.433, mixed 5.6% -> 6.7% (23 -> 26 rows), cost 189 -> 179
  judge 012345       rows/event 1.641 -> 1.522, mixed 3.4% -> 2.9% (5 -> 4 rows),   cost 69 -> 56
  read a-d g-l       rows/event 1.188 -> 1.167, mixed 3.3% -> 3.8% (9 -> 10 rows),  cost 62 -> 59
(join 0.7 at C 0.3). The candidates hold about half the extra rows of the fit shards (every right
join: 143 -> 74); the rest are pairs a veto tells apart, which the layer never joins. The joiner is
imprecise below its threshold (each further right join costs about one mixed row), so it takes the
sure part only. The keeper (splits) was chosen by folds too (fit out of fold 143 extra / 23 mixed ->
146 / 19) but split rows the rules make on purpose in tests/test_merge.py's self-written cases (a
salvo dated to a day and to its night, a town told as a site's reference point): not shipped.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_brief_identity as bench
from learnkit import FIT_SHARDS, JUDGE_SHARDS, READ_SHARDS, fit_binary, load_scorer

from reporter.brief import learned_identity
from reporter.brief.merge import incident_relation, report_bounds
from reporter.logistic import Scorer

MODEL_PATH = learned_identity.MODEL_PATH
AS_OF = datetime(2026, 3, 1, tzinfo=UTC)
MIXED_WEIGHT = 2.0
MIN_ROWS_GAIN = 0.01
MAX_MIXED_RISE = 0.005
C_GRID = (0.03, 0.1, 0.3, 1.0)
SPLITS = (0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
THRESHOLDS = (0.05, 0.1, 0.15, *(round(0.05 * k, 2) for k in range(4, 20)))


@dataclass
class Shards:
    """One shard set's brief as the rules group it, and the real event of each report the gold knows."""

    label: str
    groups: list[list]  # the rules' rows (statements too: the layer sees them as the brief does)
    links: dict[int, str]  # id(fact) -> real event
    related: Callable
    names: dict[int, str]  # source number -> article name
    seconds: float

    def label_of(self, a, b) -> int | None:
        ca, cb = self.links.get(id(a.fact)), self.links.get(id(b.fact))
        return None if ca is None or cb is None else int(ca == cb)

    def fold(self, a) -> str:
        return self.names[a.source][0]


@dataclass
class Pairs:
    """Pairs of reports to score, each with its features, label (None: no gold event) and fold."""

    feats: list[list[str]]
    labels: list[int | None]
    folds: list[str]


def prepare(label: str, shards: str, score) -> Shards:
    found = bench.corpus_articles("tune", shards)
    articles = [a for a, _ in found]
    golds = {a.id: g for a, g in found}
    facts = bench.extract_all(articles)
    learned_identity.SHIPPED.use(None)  # the rules' rows
    try:
        t0 = time.perf_counter()
        _, grouped, names = bench.grouped_brief(articles, facts, AS_OF)
        seconds = time.perf_counter() - t0
    finally:
        learned_identity.SHIPPED.forget()
    groups = grouped["incidents"]
    links = bench.gold_links(score, facts, golds, bench.clusters())
    related = incident_relation([r for g in groups for r in g])
    return Shards(label, groups, links, related, names, seconds)


def inrow_pairs(s: Shards) -> tuple[list, Pairs]:
    """The pairs of reports within each of the rules' rows."""
    found = learned_identity.row_features(s.groups, s.related, report_bounds)
    out = Pairs([], [], [])
    for g, pairs in zip(s.groups, found, strict=True):
        for i, j, f in pairs:
            out.feats.append(f)
            out.labels.append(s.label_of(g[i], g[j]))
            out.folds.append(s.fold(g[i]))
    return found, out


def nested(found: list, probs: list[float]) -> list[list[float]]:
    it = iter(probs)
    return [[next(it) for _ in pairs] for pairs in found]


def candidates(s: Shards, groups: list[list]) -> tuple[list[tuple[int, int]], Pairs]:
    """The pairs of reports of two rows that the layer would score (key: the two rows)."""
    pairs = learned_identity.candidate_pairs(groups, s.related, report_bounds)
    featured = learned_identity.featured(groups, pairs, report_bounds)
    keys, out = [], Pairs([], [], [])
    for key, found in pairs.items():
        for (a, b, _), f in zip(found, featured[key], strict=True):
            keys.append(key)
            out.feats.append(f)
            out.labels.append(s.label_of(a, b))
            out.folds.append(s.fold(a))
    return keys, out


def row_scores(keys: list[tuple[int, int]], probs: list[float]) -> dict[tuple[int, int], float]:
    """Each candidate pair of rows' best pair of reports."""
    best: dict[tuple[int, int], float] = defaultdict(float)
    for key, p in zip(keys, probs, strict=True):
        best[key] = max(best[key], p)
    return dict(best)


def measure(s: Shards, groups: list[list]) -> dict:
    f = bench.figures(bench.incident_rows(groups), s.links)
    extra = round(f["rows_per_real"] * f["real"]) - f["real"]
    return {
        "rows": f["rows_per_real"],
        "mixed": f["mixed"],
        "n_mixed": len(f["mixed_groups"]),
        "extra": extra,
        "real": f["real"],
        "cost": extra + MIXED_WEIGHT * len(f["mixed_groups"]),
    }


def show(label: str, m: dict) -> str:
    return (
        f"{label:30s} rows/event {m['rows']:.3f}  mixed {m['mixed']:.1%} ({m['n_mixed']} rows)  "
        f"extra rows {m['extra']}  cost {m['cost']:.0f}  ({m['real']} real events)"
    )


def labelled(p: Pairs) -> str:
    n = sum(y is not None for y in p.labels)
    return f"{len(p.feats)} pairs, {n} labelled, {sum(y or 0 for y in p.labels)} of one event"


def fit(p: Pairs, keep: list[int], C: float) -> Scorer:
    X = [p.feats[k] for k in keep if p.labels[k] is not None]
    y = [p.labels[k] for k in keep if p.labels[k] is not None]
    scorer = fit_binary(X, y, C, balanced=False)
    return Scorer(scorer.weights, scorer.bias)


def _gbm(p: Pairs, keep: list[int], depth: float):
    """A small gradient-boosted model (comparison only: --gbm; the layer ships a logistic model)."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    vec = DictVectorizer()
    X = vec.fit_transform([dict.fromkeys(p.feats[k], 1) for k in keep if p.labels[k] is not None]).toarray()
    y = [p.labels[k] for k in keep if p.labels[k] is not None]
    clf = HistGradientBoostingClassifier(max_depth=int(depth), max_iter=150, learning_rate=0.05, min_samples_leaf=10)
    clf.fit(X, y)

    def many(feats: list[list[str]]) -> list[float]:
        return [float(x) for x in clf.predict_proba(vec.transform([dict.fromkeys(f, 1) for f in feats]).toarray())[:, 1]]

    return many


GBM = False


def out_of_fold(p: Pairs, C: float) -> list[float]:
    """Each pair's probability by a model trained on the other folds' pairs."""
    probs = [0.0] * len(p.feats)
    for fold in sorted(set(p.folds)):
        keep = [k for k, f in enumerate(p.folds) if f != fold]
        held = [k for k, f in enumerate(p.folds) if f == fold]
        if GBM:
            for k, q in zip(held, _gbm(p, keep, C)([p.feats[k] for k in held]), strict=True):
                probs[k] = q
            continue
        model = fit(p, keep, C)
        for k in held:
            probs[k] = model.probability(p.feats[k])
    return probs


def choose(s: Shards, base: dict, outcome: Callable[[list[float], float], list[list]], p: Pairs, thresholds, name: str):
    """(C, threshold, figures, out-of-fold probabilities) of least cost over the fit shards, or None."""
    best = None
    for C in C_GRID:
        probs = out_of_fold(p, C)
        line = []
        for t in thresholds:
            m = measure(s, outcome(probs, t))
            line.append(f"{t}:{m['extra']}/{m['n_mixed']}")
            if m["cost"] < (best[2]["cost"] if best else base["cost"]):
                best = (C, t, m, probs)
        print(f"{name} C {C} threshold:extra/mixed  " + " ".join(line), flush=True)
    return best


def show_joins(s: Shards, groups: list[list], scored: dict[tuple[int, int], float], threshold: float) -> None:
    """Each pair of rows at or above ``threshold``: right (one real event), wrong or unknown (read shards only)."""
    for (i, j), p in sorted(scored.items(), key=lambda kv: -kv[1]):
        if p < threshold:
            break
        ri = {s.links.get(id(r.fact)) for r in groups[i]} - {None}
        rj = {s.links.get(id(r.fact)) for r in groups[j]} - {None}
        verdict = "?" if not (ri and rj) else "right" if ri & rj else "WRONG"
        print(f"  {p:.2f} {verdict}")
        for r in (*groups[i], None, *groups[j]):
            if r is None:
                print("    --")
                continue
            f = r.fact
            print(
                f"    {f.type} {f.date} {f.location}/{f.country} {list(f.actors)} n={f.count} "
                f"k={f.casualties.killed} [{s.links.get(id(f), '-')}] {f.evidence[:110]!r}"
            )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="write the model file when it wins on the judge shards")
    ap.add_argument("--fit", default=FIT_SHARDS, help="the shards to fit on (development: read shards)")
    ap.add_argument("--no-judge", action="store_true", help="stop after the out-of-fold choice")
    ap.add_argument("--no-split", action="store_true", help="joins only")
    ap.add_argument("--show", action="store_true", help="list the out-of-fold joins (read shards only)")
    ap.add_argument("--show-read", type=float, default=0.0, help="list the read shards' joins down to this score")
    ap.add_argument("--skip-judge", action="store_true", help="measure on the read shards only (development)")
    ap.add_argument("--gbm", action="store_true", help="compare a gradient-boosted model out of fold (no judge)")
    args = ap.parse_args()
    if args.gbm:
        global GBM, C_GRID
        GBM, C_GRID, args.no_judge = True, (3,), True
    if args.show and not set(args.fit) <= set(READ_SHARDS):
        ap.error("--show lists reports: only with --fit among the read shards")
    if args.write and args.fit != FIT_SHARDS:
        ap.error("--write trains on the fit shards only")
    score = load_scorer()
    s = prepare("fit", args.fit, score)
    base = measure(s, s.groups)
    print(f"fit shards: {len(s.groups)} rows", flush=True)
    print(show("fit rules", base), flush=True)

    # 1. Splits: C and threshold by folds over the fit shards (no join).
    found, inrow = inrow_pairs(s)
    print(f"within rows: {labelled(inrow)}", flush=True)
    keeps = None
    split_probs: list[float] | None = None
    split_at = 0.0
    groups = s.groups
    if not args.no_split:
        chosen = choose(
            s, base, lambda probs, t: learned_identity.split(s.groups, nested(found, probs), found, t), inrow, SPLITS, "split"
        )
        if chosen:
            C_keep, split_at, m, split_probs = chosen
            print(show(f"fit split out of fold C {C_keep} t {split_at}", m), flush=True)
            groups = learned_identity.split(s.groups, nested(found, split_probs), found, split_at)
            keeps = fit(inrow, list(range(len(inrow.feats))), C_keep)
    after_split = measure(s, groups)

    # 2. Joins over the rows as split out of fold: C and threshold by folds over the fit shards.
    keys, across = candidates(s, groups)
    print(f"across rows: {len(set(keys))} candidate row pairs, {labelled(across)}", flush=True)
    oracle = row_scores(keys, [float(y or 0) for y in across.labels])
    print(show("fit every right join (oracle)", measure(s, learned_identity.join([list(g) for g in groups], oracle, 0.5, s.related))))
    joins, join_at = None, 1.01
    chosen = choose(
        s,
        after_split,
        lambda probs, t: learned_identity.join([list(g) for g in groups], row_scores(keys, probs), t, s.related),
        across,
        THRESHOLDS,
        "join",
    )
    if chosen:
        C_join, join_at, m, join_probs = chosen
        print(show(f"fit joins out of fold C {C_join} t {join_at}", m), flush=True)
        if args.show:
            show_joins(s, groups, row_scores(keys, join_probs), join_at)
        joins = fit(across, list(range(len(across.feats))), C_join)
    if keeps is None and joins is None:
        print("out of fold nothing lowers the fit shards' cost: no model")
        if args.write:
            MODEL_PATH.unlink(missing_ok=True)
        return 0
    if args.no_judge:
        return 0
    model = learned_identity.Model(joins, join_at, keeps, split_at)
    figures = {}
    for label, shards in (("judge", JUDGE_SHARDS), ("read", READ_SHARDS))[int(args.skip_judge) :]:
        j = prepare(label, shards, score)
        before = measure(j, j.groups)
        t0 = time.perf_counter()
        revised = learned_identity.revise([list(g) for g in j.groups], j.related, report_bounds, model)
        extra_s = time.perf_counter() - t0
        after = measure(j, revised)
        figures[label] = (before, after)
        print(show(f"{label} rules", before))
        print(show(f"{label} learned", after))
        print(f"{label} brief build {j.seconds:.1f} s; the layer adds {extra_s:.2f} s", flush=True)
        if args.show_read and label == "read" and joins is not None:
            rows = learned_identity.split(j.groups, *_split_args(j, keeps)) if keeps else j.groups
            keys_r, across_r = candidates(j, rows)
            scored = row_scores(keys_r, [joins.probability(f) for f in across_r.feats])
            show_joins(j, rows, scored, min(join_at, args.show_read))
    if "judge" not in figures:
        return 0
    before, after = figures["judge"]
    wins = (
        after["cost"] < before["cost"]
        and before["rows"] - after["rows"] >= MIN_ROWS_GAIN
        and after["mixed"] - before["mixed"] <= MAX_MIXED_RISE
    )
    if not args.write:
        return 0
    if not wins:
        MODEL_PATH.unlink(missing_ok=True)
        print("no model written: the judge shards' figures did not improve enough")
        return 0
    doc = {
        "about": "learned_identity: rows split (keeps, split) and joined (joins, join) as one real event",
        "trained_on": list(FIT_SHARDS),
        "judged_on": JUDGE_SHARDS,
        "judge": {
            k: {"rows_per_event": round(m["rows"], 4), "mixed": round(m["mixed"], 4)}
            for k, m in zip(("rules", "learned"), (before, after), strict=True)
        },
        "split": split_at,
        "join": join_at,
        "keeps": _as_dict(keeps),
        "joins": _as_dict(joins),
    }
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(json.dumps(doc, indent=0) + "\n")
    print(f"wrote {MODEL_PATH}")
    return 0


def _split_args(j: Shards, keeps: Scorer):
    found = learned_identity.row_features(j.groups, j.related, report_bounds)
    return [[keeps.probability(f) for *_, f in pairs] for pairs in found], found


def _as_dict(w: Scorer | None) -> dict | None:
    return {"bias": w.bias, "weights": dict(sorted(w.weights.items()))} if w else None


if __name__ == "__main__":
    sys.exit(main())
