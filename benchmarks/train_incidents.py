"""Train the learned incident layer (reporter/extract/learned_incidents.py) and measure it honestly.

    python benchmarks/train_incidents.py [--cv] [--dense-keeper] [--c TYPE,KEEP]

Training data: the read corpus-tune shards (learnkit.READ_SHARDS: a-d, g-l, s, t, v, w, y) and the ACLED dev notes
(one fold each); never the check shards, holdout2, corpus-test or corpus-fresh. (Figures below
recorded before were over a..j.) The layer's fair measurement, and what `make train` runs, is
benchmarks/fair_incidents.py: this leave-one-fold-out compares it with rules fitted to every fold.

Every incident the rules emit is one example. The shared scorer's own functions align it with the
gold events of its article on date and place alone (its pairing with the type set aside, agreeing
types first): the gold type's family is the re-typer's label, and whether it aligns at all is the
keeper's.

--cv: nested leave-one-fold-out. Each fold is held out in turn; on the other ten, every fold is
scored by models of the other nine, and the thresholds (re-type, drop) that give the best pooled
incident F1 there are chosen; models of all ten then revise the held-out fold, scored by the shared
scorer's matching next to the rules alone. Also shown, chosen the same way: a bare threshold on the
rules' confidence, the re-typer alone and the keeper alone. The layer is a pure function of each
incident the rules emit, so scoring the revised incidents is scoring the extractor with the model.
Needs the `train` extra (scikit-learn); the extractor itself never imports it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from learnkit import FOLDS, SHARDS, Read, fit_binary, fit_multi, load_scorer, read_all, split

from reporter.extract import Extractor, learned_incidents
from reporter.extract.incidents import incident_events, relevant, to_incident
from reporter.incident_types import family
from reporter.logistic import Scorer

RETYPES = (1.01, 0.9, 0.8, 0.7, 0.6, 0.5)
DROPS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
CONFS = (0.0, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65)
C_TYPE = 0.3
C_KEEP = 0.3
#: --dense-keeper: the keeper reads only the rules' flags, type and confidence (few features for few
#: negatives), not the clause's words and the neighbours' frames
DENSE = ("rt:", "rf:", "rk:", "wc:", "f:", "dq:", "an:", "conf:", "rank:", "ne:", "short:")
OPTIONS = {"dense_keeper": False}


@dataclass
class Item:
    fold: str
    name: str
    golds: list[dict]
    incidents: list = field(default_factory=list)
    preds: list[dict] = field(default_factory=list)
    feats: list[list[str]] = field(default_factory=list)
    #: the aligned gold event's family, None where none aligns
    families: list[str | None] = field(default_factory=list)
    gold_types: list[str | None] = field(default_factory=list)
    #: 1 aligned with a gold event, 0 none, None with an optional one only (neither counted)
    keeps: list[int | None] = field(default_factory=list)


def prepare(score) -> list[Item]:
    learned_incidents.use(None)  # the rules alone: features and labels never see a model
    items = []
    for r in read_all(Extractor(), shards=SHARDS):
        items.append(_item(r, score))
    return items


def _item(r: Read, score) -> Item:
    it = Item(r.fold, r.name, list(r.gold.get("incidents") or []))
    if r.art is None or not relevant(r.art):
        return it
    events = incident_events(r.art)
    it.incidents = [to_incident(r.art, c) for c in events]
    it.preds = [asdict(i) for i in it.incidents]
    it.feats = [
        learned_incidents.features(r.art, c, i, len(events))
        for c, i in zip(events, it.incidents, strict=True)
    ]

    def any_type(g: dict, p: dict) -> float:
        # The scorer's pairing with the type set aside; a pair whose types agree goes first.
        s = score.incident_pair(g, {**p, "type": g.get("type")})
        return s + 0.5 * score.types_agree(g.get("type"), p.get("type")) if s > 0 else 0.0

    _, _, _, pairs = score.match(it.golds, it.preds, any_type)
    aligned = {id(p): g for g, p in pairs}
    for p in it.preds:
        g = aligned.get(id(p))
        it.families.append(family(g["type"]) if g else None)
        it.gold_types.append(g["type"] if g else None)
        it.keeps.append(None if g is not None and g.get("optional") else int(g is not None))
    return it


@dataclass(frozen=True)
class Fitted:
    typer: learned_incidents.Typer
    keeper: Scorer


def fit(items: list[Item]) -> Fitted:
    X = [f for it in items for f, fam in zip(it.feats, it.families, strict=True) if fam]
    y = [fam for it in items for fam in it.families if fam]
    weights, bias = fit_multi(X, y, C_TYPE)
    counts = Counter(t for it in items for t in it.gold_types if t)
    types = {}
    for t, _ in counts.most_common():
        types.setdefault(family(t), t)  # a family becomes its most frequent gold type
    kx = [f for it in items for f, k in zip(it.feats, it.keeps, strict=True) if k is not None]
    if OPTIONS["dense_keeper"]:
        kx = [[x for x in f if x.startswith(DENSE)] for f in kx]
    ky = [k for it in items for k in it.keeps if k is not None]
    return Fitted(learned_incidents.Typer(weights, bias, types), fit_binary(kx, ky, C_KEEP))


Probs = dict[int, list[tuple[dict[str, float], float]]]


def predict(fitted: Fitted, items: list[Item], probs: Probs, only: set[int]) -> None:
    for k in only:
        probs[k] = [(fitted.typer.probabilities(f), fitted.keeper.probability(f)) for f in items[k].feats]


def out_of_fold(items: list[Item], idx: list[int]) -> tuple[Probs, dict[str, dict[str, str]]]:
    """Probabilities for items ``idx``, each fold's by models of the others among them."""
    probs: Probs = {}
    types: dict[str, dict[str, str]] = {}
    for fold in sorted({items[k].fold for k in idx}):
        train = [items[k] for k in idx if items[k].fold != fold]
        fitted = fit(train)
        types[fold] = fitted.typer.types
        predict(fitted, items, probs, {k for k in idx if items[k].fold == fold})
    return probs, types


def counts(
    items: list[Item],
    idx: list[int],
    probs: Probs,
    types: dict[str, dict[str, str]],
    retype: float,
    drop: float,
    conf: float,
    score,
):
    """(tp, fp, fn) over items ``idx`` had the layer acted with these thresholds; the scorer's matching."""
    tp = fp = fn = 0
    for k in idx:
        it = items[k]
        t = types.get(it.fold, {})
        preds = []
        for n, (inc, p) in enumerate(zip(it.incidents, it.preds, strict=True)):
            if inc.confidence < conf:
                continue
            fam, keep = probs[k][n] if probs else ({}, 1.0)
            got = learned_incidents.decide(inc, fam if retype <= 1 else {}, keep, retype, drop, t)
            if got is None:
                continue
            preds.append(p if got is inc else {**p, "type": got.type})
        a, b, c, _ = score.match(it.golds, preds, score.incident_pair)
        tp, fp, fn = tp + a, fp + b, fn + c
    return tp, fp, fn


def choose(
    items: list[Item], idx: list[int], score, variant: str, oof=None
) -> tuple[float, float, float, float]:
    """(retype, drop, conf, inner F1): the thresholds of ``variant`` best out of fold on ``idx``
    (``oof``: out_of_fold(items, idx) when already made); on a tie, the one nearer the rules alone."""
    probs, types = oof or out_of_fold(items, idx)
    grid = {
        "conf": [(1.01, 0.0, c) for c in CONFS],
        "retype": [(r, 0.0, 0.0) for r in RETYPES],
        "keep": [(1.01, d, 0.0) for d in DROPS],
        "both": [(r, d, 0.0) for r in RETYPES for d in DROPS],
    }[variant]
    best = max(
        (score.prf(*counts(items, idx, probs, types, r, d, c, score))[2], r, -d, -c) for r, d, c in grid
    )
    return best[1], -best[2], -best[3], best[0]


def cross_validate(items: list[Item], score) -> bool:
    """Print the per-fold table; True when rules + both models beat the rules pooled and on most folds."""
    variants = ("conf", "retype", "keep", "both")
    print(
        f"{'held out':8s} {'n':>4s} {'gold':>4s} {'emitted':>7s}  {'rules F1 (P/R)':>17s}  "
        + "  ".join(f"{v + ' F1 [thr]':>24s}" for v in variants)
    )
    totals = {v: [0, 0, 0] for v in ("rules", *variants)}
    wins, won = Counter(), Counter()
    for fold in FOLDS:
        train, held = split(items, fold)
        fitted = fit([items[k] for k in train])
        probs: Probs = {}
        predict(fitted, items, probs, set(held))
        row = {"rules": counts(items, held, probs, {fold: fitted.typer.types}, 1.01, 0.0, 0.0, score)}
        thr = {}
        oof = out_of_fold(items, train)  # thresholds are chosen on the training folds only
        for v in variants:
            r, d, c, _ = choose(items, train, score, v, oof)
            thr[v] = (r, d, c)
            row[v] = counts(items, held, probs, {fold: fitted.typer.types}, r, d, c, score)
        cells = []
        base = score.prf(*row["rules"])[2]
        for v in ("rules", *variants):
            totals[v] = [a + b for a, b in zip(totals[v], row[v], strict=True)]
            p, rc, f = score.prf(*row[v])
            cell = f"{f:.3f} ({p:.2f}/{rc:.2f})"
            if v != "rules":
                r, d, c = thr[v]
                knob = {
                    "conf": f"c{c:.2f}",
                    "retype": f"r{r:.2f}",
                    "keep": f"d{d:.2f}",
                    "both": f"r{r:.2f} d{d:.2f}",
                }[v]
                cell += f" [{knob}]"
                wins[v] += (f > base + 1e-9) - (f < base - 1e-9)
                won[v] += f > base + 1e-9
            cells.append(f"{cell:>24s}" if v != "rules" else f"{cell:>17s}")
        n_gold = sum(1 for k in held for g in items[k].golds if not g.get("optional"))
        n_pred = sum(len(items[k].preds) for k in held)
        print(f"{fold:8s} {len(held):4d} {n_gold:4d} {n_pred:7d}  " + "  ".join(cells), flush=True)
    for v, (tp, fp, fn) in totals.items():
        p, r, f = score.prf(tp, fp, fn)
        extra = f"  folds won-lost vs rules {wins[v]:+d}" if v != "rules" else ""
        print(f"pooled {v:7s} F1 {f:.3f} (P {p:.3f} / R {r:.3f})  tp {tp} fp {fp} fn {fn}{extra}")
    pooled = {v: score.prf(*t)[2] for v, t in totals.items()}
    return pooled["both"] > pooled["rules"] + 1e-9 and 2 * won["both"] > len(FOLDS)


def diagnose(items: list[Item], score) -> None:
    """Why the layer acts or not: out-of-fold typer and keeper quality, and what perfect ones would gain."""
    from sklearn.metrics import roc_auc_score

    every = list(range(len(items)))
    probs, _ = out_of_fold(items, every)
    right = fixes = breaks = 0
    keeps, labels, confs = [], [], []
    for k in every:
        it = items[k]
        for n, inc in enumerate(it.incidents):
            fam, keep = probs[k][n]
            if it.families[n]:
                r, t = family(inc.type) == it.families[n], max(fam, key=fam.__getitem__) == it.families[n]
                right, fixes, breaks = right + r, fixes + (t and not r), breaks + (r and not t)
            if it.keeps[n] is not None:
                keeps.append(keep)
                labels.append(it.keeps[n])
                confs.append(inc.confidence)
    aligned = sum(1 for it in items for f in it.families if f)
    print(
        f"out of fold: the rules' family is right for {right} of {aligned} aligned incidents; the typer's "
        f"first choice fixes {fixes} and breaks {breaks}"
    )
    print(
        f"out of fold: keeper AUC {roc_auc_score(labels, keeps):.3f}, the rules' confidence alone "
        f"{roc_auc_score(labels, confs):.3f} ({labels.count(0)} of {len(labels)} align with no gold event)"
    )
    for name, retype, drop in (
        ("perfect re-typer", True, False),
        ("perfect keeper", False, True),
        ("both", True, True),
    ):
        tp, fp, fn = ceiling(items, score, retype=retype, drop=drop)
        print(f"ceiling, {name:16s} F1 {score.prf(tp, fp, fn)[2]:.3f}  tp {tp} fp {fp} fn {fn}")


def ceiling(items: Sequence[Item], score, *, retype: bool, drop: bool) -> tuple[int, int, int]:
    """(tp, fp, fn) of the rules' incidents with a perfect re-typer (each aligned incident takes its
    gold type's family) and / or a perfect keeper (each incident no gold event aligns with dropped)."""
    tp = fp = fn = 0
    for it in items:
        preds = [
            {**p, "type": gt} if retype and gt and family(p["type"]) != family(gt) else p
            for p, gt, keep in zip(it.preds, it.gold_types, it.keeps, strict=True)
            if not (drop and keep == 0)
        ]
        a, b, c, _ = score.match(it.golds, preds, score.incident_pair)
        tp, fp, fn = tp + a, fp + b, fn + c
    return tp, fp, fn


def main() -> int:
    global C_TYPE, C_KEEP
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="nested leave-one-fold-out: rules vs rules + layer")
    ap.add_argument("--dense-keeper", action="store_true", help="the keeper reads the rules' flags only")
    ap.add_argument("--c", metavar="TYPE,KEEP", help=f"inverse regularisation (default {C_TYPE},{C_KEEP})")
    args = ap.parse_args()
    OPTIONS["dense_keeper"] = args.dense_keeper
    if args.c:
        C_TYPE, C_KEEP = (float(x) for x in args.c.split(","))
    score = load_scorer()
    started = time.perf_counter()
    items = prepare(score)
    n = sum(len(it.preds) for it in items)
    aligned = sum(1 for it in items for f in it.families if f)
    wrong = sum(
        1 for it in items for i, f in zip(it.incidents, it.families, strict=True) if f and family(i.type) != f
    )
    print(
        f"{len(items)} articles, {n} incidents emitted, {aligned} align with a gold event on date and place "
        f"({wrong} of a wrong type family) ({time.perf_counter() - started:.1f}s)"
    )
    if args.cv:
        cross_validate(items, score)
        diagnose(items, score)
    return 0


if __name__ == "__main__":
    sys.exit(main())
