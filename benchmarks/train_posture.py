"""Train the learned posture layer (reporter/extract/learned_posture.py) on the fit shards; judge it on
the judge shards.

    python benchmarks/train_posture.py [--train fit|both] [--write]      (`make train` runs --write)

Training (seventeenth session): the FIT shards (learnkit.FIT_SHARDS, check shards the rules were
never fitted to, so their errors look like unseen ones), with --train both also the read shards and
tests/devset, read as the extractor reads them. Three logistic models, each over general features
(positions, distances, kinds of names, the lemmas around a number; no name of a party or a place):
the finder (is this number a troop level? labelled by a gold item of that count), the chooser (is
this force and place the level's? over the readings of each gold-count number, labelled by a gold
item of that force, place and count) and the keeper (is this rule item right?). C and the three
decision thresholds (add, swap, drop) are chosen on the fit shards out of fold, each fit shard scored
by models trained without it (folds by shard), never on the judge.

Printed, pooled only (no per-shard, per-article or per-feature figure of a fit shard is shown): the
fit shards out of fold (rules alone, then the layer with each shard's thresholds chosen on the
other shards' out-of-fold scores), and with --write the judge shards (learnkit.JUDGE_SHARDS) and the
read shards extracted end to end with the rules alone and with the layer. --write writes
reporter/extract/data/posture_model.json when the layer raises the judge shards' posture F1 without
lowering their overall F1 (the landing rule for a learned layer), else removes it. Needs the `train`
extra (scikit-learn).

Shipped (eighteenth session): fit shards alone, only swaps (add and drop off, chosen by folds), and a
swap never changes a side (force or place) the figure's own sentence names (learned_posture._held):
kp's unguarded swaps had moved "... and about 900 in Syria" to the country of the figure before on
devset, holdout and a read shard, and a force named with the figure to a farther one. Fit shards out
of fold 0.513 -> 0.518, read shards and devset unchanged (0.944), judge 012345 posture 0.461 -> 0.468
(overall 0.519 -> 0.521). Additions (add) of figures the rules miss stayed below the rules' precision
at every threshold, even for figures with a troop noun after them; the keeper's drops took right
items with a troop noun after them on the read shards and did nothing when limited to bare figures.

Thirty-first session (ml31), retrained on the rules of the day (fit shards e f m n o p q r u x z;
read shards now a-d, g-l, s, t, v, w, y): fit shards rules alone 0.611 (tp 124 fp 61 fn 97), read and
devset 0.884. With --train fit and with --train both, the fit shards' folds chose no change at all
(add and swap off, no drop: 0.611 out of fold, every other threshold lower), so no new model; the
shipped one (swap 0.2) still raises the judge shards 0-9 end to end, posture 111/74/107 -> 112/73/106
(F1 0.551 -> 0.556; overall 0.574 -> 0.575), and stays.

Seventeenth session, not shipped. Out of fold on the fit shards the layer is within noise of the
rules (posture 0.513 alone; trained on the fit shards alone, thresholds chosen by folds: 0.519 with
features seen in at least 20 articles, 0.512 with all; with the read shards and devset as well, all
features and no guard: 0.510 at C 0.3, 0.517 at C 1.0). The fit-only model's thresholds (swap 0.2, drop 0.1, no additions) raised
the judge shards (0123 posture 0.372 -> 0.391, overall 0.492 -> 0.495) but, on the read shards it had
never seen, undid rule items that were right (read posture 0.940 -> 0.913; devset and holdout each
lost the "... and about 900 in Syria" sibling to the country of the figure before). With the guard
(thresholds that keep the read shards' and devset's posture F1), trained on fit + read + devset, the
best out-of-fold choice is no change at all (add, swap and drop off; each fit shard with the other
shards' choice: 0.508), so no model is written. The
data are small: 321 gold levels on the fit shards, 84 counts the rules miss, of which the readings
near the number hold the gold force and place for 41 (the chooser picks it for about half).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from learnkit import (
    FIT_SHARDS,
    JUDGE_SHARDS,
    READ_SHARDS,
    fit_binary,
    load_scorer,
    read_all,
    read_tests,
    score_extracted,
    tune_articles,
)

from reporter.extract import Extractor
from reporter.extract import learned_posture as lp
from reporter.extract.posture import find_posture
from reporter.models import Posture

SCORE = load_scorer()
#: C 1.0 lost to 0.3 out of fold in every trial (fit alone and with read shards), so only 0.3 runs.
CS = (0.3,)
ADDS = (0.4, 0.5, 0.6, 0.7, 2.0)
SWAPS = (0.2, 0.4, 2.0)
DROPS = (0.0, 0.1, 0.2, 0.3)
#: A feature is learned only when at least this many training articles have it (no label used):
#: a lemma seen in a handful of stories names their topic more than a troop level's form. Chosen
#: out of fold on the fit shards (20 against none and 50).
MIN_DF = 20


@dataclass(frozen=True, slots=True)
class Item:
    fold: str
    gold: tuple[dict, ...]
    found: tuple[Posture, ...]
    figs: tuple[lp.Figure, ...]
    keep: tuple[tuple[str, ...], ...]  # each rule item's keeper features


def items_of(reads) -> list[Item]:
    out = []
    for r in reads:
        if r.art is None:
            continue
        found = find_posture(r.art)
        figs = lp.figures(r.art, found, lp.candidates(r.art))
        gold = tuple(r.gold.get("troop_posture") or [])
        out.append(
            Item(r.fold, gold, tuple(found), tuple(figs), tuple(lp.keep_features(p, figs) for p in found))
        )
    return out


def _keys(it: Item) -> set[tuple[str, str, int]]:
    n = SCORE.norm
    return {(n(g.get("force")), n(g.get("country")), g.get("count")) for g in it.gold}


def _right(force: str, country: str, count: int, keys: set) -> int:
    return int((SCORE.norm(force), SCORE.norm(country), count) in keys)


def _common(items: list[Item]) -> set[str]:
    """The features at least MIN_DF of ``items`` have."""
    df: Counter[str] = Counter()
    for it in items:
        seen = {x for f in it.figs for x in (*f.features, *(y for o in f.options for y in o.features))}
        df.update(seen.union(*it.keep))
    return {x for x, n in df.items() if n >= MIN_DF}


def fit(items: list[Item], C: float) -> lp.Model:
    """The three models on ``items`` (thresholds left to the caller)."""
    common = _common(items)

    def only(fs):
        return [x for x in fs if x in common]

    fx, fy, cx, cy, kx, ky = [], [], [], [], [], []
    for it in items:
        keys = _keys(it)
        counts = {k[2] for k in keys}
        for f in it.figs:
            fx.append(only(f.features))
            fy.append(int(f.count in counts))
            if f.count in counts:
                cx += [only(o.features) for o in f.options]
                cy += [_right(o.force, o.country, f.count, keys) for o in f.options]
        kx += [only(k) for k in it.keep]
        ky += [_right(p.force, p.country, p.count, keys) for p in it.found]
    return lp.Model(
        fit_binary(fx, fy, C, balanced=False),
        fit_binary(cx, cy, C, balanced=False),
        fit_binary(kx, ky, C, balanced=False),
        2.0,
    )


def probabilities(m: lp.Model, it: Item):
    return (
        [m.finder.probability(f.features) for f in it.figs],
        [[m.chooser.probability(o.features) for o in f.options] for f in it.figs],
        [m.keeper.probability(k) for k in it.keep],
    )


def out_of_fold(items: list[Item], extra: list[Item], C: float) -> list:
    """Each item's scores by models trained on the other folds of ``items`` (and all of ``extra``)."""
    out: list = [None] * len(items)
    for fold in sorted({it.fold for it in items}):
        m = fit([it for it in items if it.fold != fold] + extra, C)
        for k, it in enumerate(items):
            if it.fold == fold:
                out[k] = probabilities(m, it)
    return out


def tally(items: list[Item], preds) -> list[int]:
    t = [0, 0, 0]
    for it, pred in zip(items, preds, strict=True):
        pd = [{"force": p.force, "country": p.country, "count": p.count} for p in pred]
        a, b, c, _ = SCORE.match(list(it.gold), pd, SCORE.posture_pair)
        t = [t[0] + a, t[1] + b, t[2] + c]
    return t


def f1(t) -> float:
    return SCORE.prf(*t)[2]


def revised(items, probs, add, swap, drop) -> list[list[Posture]]:
    rule = lp.Model(lp.Scorer({}, 0.0), lp.Scorer({}, 0.0), lp.Scorer({}, 0.0), add, swap, drop)
    return [lp.decide(it.found, it.figs, *p, rule) for it, p in zip(items, probs, strict=True)]


def choose(items, probs, guard=((), ())) -> tuple[tuple[float, float, float], float]:
    """The thresholds of the best pooled F1 over ``items`` (ties: the fewer changes, listed last)
    among those that leave the ``guard`` items' (the read shards and devset: (items, scores)) pooled
    F1 no lower than the rules': the rules were fitted there, and a layer that undoes them breaks
    the floors `make test` holds."""
    g_items, g_probs = guard
    floor = f1(tally(g_items, [it.found for it in g_items])) if g_items else 0.0
    best = None
    for add, swap, drop in itertools.product(ADDS, SWAPS, DROPS):
        if g_items and f1(tally(g_items, revised(g_items, g_probs, add, swap, drop))) < floor - 1e-9:
            continue
        f = f1(tally(items, revised(items, probs, add, swap, drop)))
        key = (round(f, 6), add, swap, -drop)
        if best is None or key > best[0]:
            best = (key, (add, swap, drop))
    return best[1], best[0][0]


def line(name: str, t) -> str:
    p, r, f = SCORE.prf(*t)
    return f"{name:44s} posture F1 {f:.3f} (P {p:.3f} / R {r:.3f})  tp {t[0]} fp {t[1]} fn {t[2]}"


def judge(model: lp.Model, shards: str) -> tuple[dict, dict]:
    """Rules alone and with the layer on ``shards``, extracted end to end: the pooled reports."""
    arts = [(p, json.loads(g.read_text())) for _, p, g in tune_articles(shards)]
    rows = []
    for m in (None, model):
        lp.use(m)
        rows.append(score_extracted(arts))
    lp.SHIPPED.forget()
    return rows[0], rows[1]


def body(m: lp.Model) -> dict:
    def part(s):
        return {"bias": s.bias, "weights": dict(sorted(s.weights.items()))}

    return {
        "add": m.add, "swap": m.swap, "drop": m.drop,
        "finder": part(m.finder), "chooser": part(m.chooser), "keeper": part(m.keeper),
    }  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--train", choices=("fit", "both"), default="fit", help="fit shards alone, or with read+devset"
    )
    ap.add_argument("--write", action="store_true", help=f"judge, write {lp.MODEL_PATH.name}")
    ap.add_argument("--out", type=Path, default=lp.MODEL_PATH, help="where --write writes the model")
    args = ap.parse_args()
    started = time.perf_counter()
    extractor = Extractor()
    fit_items = items_of(read_all(extractor, acled=False, shards=FIT_SHARDS))
    read_items = items_of(
        [*read_all(extractor, acled=False, shards=READ_SHARDS), *read_tests(extractor, "devset")]
    )
    extra = read_items if args.train == "both" else []
    print(
        f"fit shards: {len(fit_items)} articles; read+devset {len(read_items)} ({time.perf_counter() - started:.0f}s)"
    )
    print(line("fit, rules alone", tally(fit_items, [it.found for it in fit_items])))
    print(line("read+devset, rules alone", tally(read_items, [it.found for it in read_items])))
    chosen = None
    nf = len(fit_items)
    for C in CS:
        if extra:  # every fit shard, read shard and devset scored by models trained without it
            probs = out_of_fold(fit_items + extra, [], C)
        else:  # the read shards and devset are unseen by a model of the fit shards
            whole = fit(fit_items, C)
            probs = out_of_fold(fit_items, [], C) + [probabilities(whole, it) for it in read_items]
        guard = (read_items, probs[nf:])
        th, f = choose(fit_items, probs[:nf], guard)
        # each fit shard revised with thresholds chosen on the other shards' out-of-fold scores
        preds: list = [None] * nf
        for fold in sorted({it.fold for it in fit_items}):
            idx = [k for k, it in enumerate(fit_items) if it.fold != fold]
            th_o, _ = choose([fit_items[k] for k in idx], [probs[k] for k in idx], guard)
            held = [k for k, it in enumerate(fit_items) if it.fold == fold]
            for k, p in zip(
                held, revised([fit_items[k] for k in held], [probs[k] for k in held], *th_o), strict=True
            ):
                preds[k] = p
        print(line(f"fit out of fold, C {C}, thresholds by folds", tally(fit_items, preds)), flush=True)
        print(
            line(
                "read+devset (out of fold), those thresholds",
                tally(read_items, revised(read_items, probs[nf:], *th)),
            )
        )
        print(f"    (pooled best {f:.3f} at add/swap/drop {th})", flush=True)
        if chosen is None or f > chosen[0]:
            chosen = (f, C, th)
    _, C, (add, swap, drop) = chosen
    full = fit(fit_items + extra, C)
    model = lp.Model(full.finder, full.chooser, full.keeper, add, swap, drop)
    print(f"chosen C {C}, add {add}, swap {swap}, drop {drop}; trained on {args.train}")
    if not args.write:
        return 0
    rules, found = judge(model, JUDGE_SHARDS)
    for name, r in (("rules", rules), ("+layer", found)):
        print(
            f"judge {JUDGE_SHARDS} {name:7s} overall {r['overall']['f1']:.3f} posture {r['troop_posture']['f1']:.3f} "
            f"incidents {r['incidents']['f1']:.3f} milestones {r['milestones']['f1']:.3f}"
        )
    gain = found["troop_posture"]["f1"] - rules["troop_posture"]["f1"]
    if gain <= 0 or found["overall"]["f1"] < rules["overall"]["f1"]:
        args.out.unlink(missing_ok=True)
        print("no model written: the judge shards' posture did not rise, or their overall fell")
        return 0
    doc = {
        "about": "learned posture layer (reporter/extract/learned_posture.py); made by benchmarks/train_posture.py",
        "trained_on": [*FIT_SHARDS, *([*READ_SHARDS, "devset"] if extra else [])],
        "C": C,
        "judge_shards": JUDGE_SHARDS,
        "judge_posture_f1": {
            "rules": round(rules["troop_posture"]["f1"], 4),
            "layer": round(found["troop_posture"]["f1"], 4),
        },
        **body(model),
    }
    args.out.write_text(json.dumps(doc, indent=0) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
