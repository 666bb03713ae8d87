"""Train the learned posture finder (reporter/extract/learned_posture.py) on the read shards; judge it
on the check shards.

    python benchmarks/train_posture.py [--write]     (not in `make train`: see "Not shipped" below)

Training: corpus-tune's read shards (READ_SHARDS) and tests/devset, read as the extractor reads them
(learnkit.read_all). Each number of at least a level's least size is one example, labelled 1 when a
gold posture item of its article has that count (the shared scorer pairs posture on force, country
and count). The finder learns from every number, the rules' levels included, without the rules'
decision as a feature: what a troop level looks like, not what the rules happened to miss where they
were fitted. Its probabilities are calibrated (no class weighting) and a number is read as a level
when it is more likely than not one (ADD, fixed beforehand, as the milestone finder's).

Shown: read-shard posture F1 with each read shard scored by a finder of the others (out of shard).
Judge: the check shards (CHECK_SHARDS), extracted end to end with the rules alone and with the
finder, scored by the shared scorer in aggregate only. --write writes
reporter/extract/data/posture_model.json when the finder raises their pooled posture F1 by MIN_GAIN
without lowering their overall F1, else removes it. Needs the `train` extra (scikit-learn).

Not shipped (ninth session). The first model passed the check-shard gate (efmn posture 0.635 ->
0.659, overall 0.602 -> 0.607) but failed `make test`: it added levels the rules refuse by policy
(wounded soldiers, police officers, armed men of no named party, a bound "below 1,000") and lowered
read floors and the locked holdout2's posture floor. posture.level_at now applies the rules' own
refusals (their troop nouns and unfit participles, the weak "men" figure, counts of other things,
bounds, changes and sized units) and holds a figure to a force named in its sentence or the one
before. With that, `make test` passes except holdout2's posture floor (0.85 < 0.87), and the gate
fails as well: efmn posture 0.635 -> 0.632, overall 0.607 -> 0.606 (the refusals took away what
the finder gained on unseen text). So still no model ships and this script is not in `make train`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from learnkit import (
    CHECK_SHARDS,
    Read,
    fit_binary,
    load_scorer,
    read_all,
    read_tests,
    score_extracted,
    tune_articles,
    write_if_it_gains,
)

from reporter.extract import Extractor, learned_posture
from reporter.extract.posture import find_posture

#: Read a number as a level at this calibrated probability or above (fixed, not searched).
ADD = 0.5
C = 0.3
#: The least pooled check-shard posture F1 gain that ships a model.
MIN_GAIN = 0.01


def examples(reads: list[Read]) -> list[tuple[Read, list[learned_posture.Candidate], list[int]]]:
    out = []
    for r in reads:
        if r.art is None:
            out.append((r, [], []))
            continue
        gold = {p.get("count") for p in r.gold.get("troop_posture") or []}
        cands = learned_posture.candidates(r.art)
        out.append((r, cands, [int(c.count in gold) for c in cands]))
    return out


def fit(items) -> learned_posture.Model:
    X = [c.features for _, cands, _ in items for c in cands]
    y = [lab for _, _, labels in items for lab in labels]
    return learned_posture.Model(fit_binary(X, y, C, balanced=False), ADD)


def out_of_shard(items, score) -> None:
    """Read-shard posture F1, rules alone and with a finder trained on the other shards."""
    totals = {"rules": [0, 0, 0], "finder": [0, 0, 0]}
    for shard in sorted({r.fold for r, _, _ in items}):
        model = fit([it for it in items if it[0].fold != shard])
        for r, cands, _ in (it for it in items if it[0].fold == shard):
            found = find_posture(r.art) if r.art is not None else []
            scored = [(c, model.finder.probability(c.features)) for c in cands]
            added = learned_posture.apply(r.art, found, scored, ADD) if r.art is not None else []
            for name, preds in (("rules", found), ("finder", added)):
                pd = [{"force": p.force, "country": p.country, "count": p.count} for p in preds]
                a, b, c, _ = score.match(r.gold.get("troop_posture") or [], pd, score.posture_pair)
                t = totals[name]
                t[0], t[1], t[2] = t[0] + a, t[1] + b, t[2] + c
    for name, t in totals.items():
        p, rc, f = score.prf(*t)
        print(
            f"read out-of-shard {name:6s} posture F1 {f:.3f} (P {p:.2f} / R {rc:.2f})  tp {t[0]} fp {t[1]} fn {t[2]}"
        )


def judge(model: learned_posture.Model) -> tuple[dict, dict]:
    """Rules alone and rules + finder on the check shards, pooled and each: the pooled reports."""
    pooled = {}
    for shards in (CHECK_SHARDS, *CHECK_SHARDS):
        arts = [(p, json.loads(g.read_text())) for _, p, g in tune_articles(shards)]
        rows = []
        for m in (None, model):
            learned_posture.use(m)
            rows.append(score_extracted(arts))
        learned_posture.SHIPPED.forget()
        cells = [f"{r['troop_posture']['f1']:.3f} {r['overall']['f1']:.3f}" for r in rows]
        print(f"check {shards:5s} posture/overall rules {cells[0]}   +finder {cells[1]}", flush=True)
        if shards == CHECK_SHARDS:
            pooled = {"rules": rows[0], "finder": rows[1]}
    return pooled["rules"], pooled["finder"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help=f"judge, write {learned_posture.MODEL_PATH.name}")
    args = ap.parse_args()
    score = load_scorer()
    started = time.perf_counter()
    extractor = Extractor()
    items = examples([*read_all(extractor, acled=False), *read_tests(extractor, "devset")])
    n = sum(len(c) for _, c, _ in items)
    print(
        f"read: {len(items)} articles, {n} numbers, {sum(sum(lab) for *_, lab in items)} levels "
        f"({time.perf_counter() - started:.1f}s)"
    )
    out_of_shard(items, score)
    if not args.write:
        return 0
    model = fit(items)
    rules, found = judge(model)
    write_if_it_gains(
        learned_posture.MODEL_PATH,
        "learned posture finder (reporter/extract/learned_posture.py); made by benchmarks/train_posture.py",
        "troop_posture",
        rules,
        found,
        n,
        {
            "add": model.add,
            "finder": {"bias": model.finder.bias, "weights": dict(sorted(model.finder.weights.items()))},
        },
        MIN_GAIN,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
