"""Train the learned milestone finder (reporter/extract/learned.py) on the read shards; judge it on the
check shards.

    python benchmarks/train_milestones.py [--grid] [--write]     (`make train` = --grid --write)

Training: corpus-tune's read shards (READ_SHARDS) and tests/devset. Each resolved date mention is one
example, labelled 1 when its due date (as the rules would give it) meets a gold milestone of that
article at the gold's precision and its sentence shares a content word with it (the shared scorer's
pairing). The finder learns from every mention, those the rules made milestones of included, without
the features that tell the rules' decision: what a due date looks like, not what the rules happened to
miss on the shards they were fitted to. Its probabilities are calibrated (no class weighting), and a
mention no rule milestone is due at becomes a milestone when it is more likely than not a due date
(ADD, fixed beforehand: an addition right more often than not raises F1 while F1 is below 1) and
the rules' policy allows it (learned.apply).

Judge: the check shards (CHECK_SHARDS), fitted by no rule and no model, extracted end to end with the
rules alone and with the finder, scored by the shared scorer in aggregate only (never item by item).
--write writes reporter/extract/data/milestone_model.json when the finder raises their pooled
milestone F1 by MIN_GAIN without lowering their overall F1, else removes it.

Why not choose by cross-validation over the read shards: the rules were hand-fitted to each of them,
so there they leave almost nothing to find and any addition looks like a loss (leave-one-shard-out on
the read shards prefers "never add" at every threshold), while the unseen check shards gain at every
threshold from 0.4 to 0.7 (--grid prints both).
Needs the `train` extra (scikit-learn); the extractor itself never imports it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from learnkit import (
    CHECK_SHARDS,
    READ_SHARDS,
    fit_binary,
    load_scorer,
    score_extracted,
    test_set_articles,
    tune_articles,
    write_if_it_gains,
)

from reporter.extract import Extractor, learned
from reporter.extract.document import Document
from reporter.extract.milestones import find_milestones
from reporter.extract.published import infer_published
from reporter.extract.text import clean, is_english

#: Add a mention the rules missed at this calibrated probability or above (fixed, not searched).
ADD = 0.5
C = 0.3
#: The least pooled check-shard milestone F1 gain that ships a model (about two milestones of 157).
MIN_GAIN = 0.01
#: The features that tell the rules' decision: left out, so the finder learns due dates, not rule gaps.
RULE_FEATURES = ("r:", "rs:")
GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
#: Never added nor dropped: the rules alone, through the same code path.
NEVER = learned.Scorer({}, 0.0)
RULES_ONLY = learned.Model(NEVER, NEVER, add=1.01, drop=0.0)


@dataclass
class Item:
    shard: str
    path: Path
    gold: dict
    art: Document | None
    found: list
    cands: list
    labels: list[int]


def prepare(extractor: Extractor, score, articles: list[tuple[str, Path, Path]]) -> list[Item]:
    """Each article read as the extractor reads it, its rule milestones, candidates and labels."""
    items = []
    for shard, path, gpath in articles:
        gold = json.loads(gpath.read_text())
        text = clean(path.read_bytes().decode("utf-8", errors="replace"))
        published = infer_published(text)
        if not text.strip() or not is_english(text):
            items.append(Item(shard, path, gold, None, [], [], []))
            continue
        art = Document.read(text, published, extractor.lexicon)
        found = find_milestones(art)
        cands = learned.candidates(art, found)
        labels = []
        for c in cands:
            sent = score.words(art.sentences[c.sentence].text)
            labels.append(
                int(
                    any(
                        g.get("due")
                        and c.due[: len(str(g["due"]))] == str(g["due"])
                        and score.words(g.get("what", "") + " " + g.get("text_phrase", "")) & sent
                        for g in gold.get("milestones") or []
                    )
                )
            )
        items.append(Item(shard, path, gold, art, found, cands, labels))
    return items


def _own(features) -> list[str]:
    return [f for f in features if not f.startswith(RULE_FEATURES)]


def fit(items: list[Item], add: float = ADD) -> learned.Model:
    """The finder, fitted on every mention of ``items``; it only ever adds (never drops) milestones."""
    pairs = [(c, lab) for it in items for c, lab in zip(it.cands, it.labels, strict=True)]
    finder = fit_binary([_own(c.features) for c, _ in pairs], [lab for _, lab in pairs], C, balanced=False)
    return learned.Model(finder, NEVER, add=add, drop=0.0)


def simulate(items: list[Item], probs: dict[int, list[float]], add: float, score) -> float:
    """Milestone F1 over ``items`` had the layer used these probabilities: the scorer's own pairing."""
    tp = fp = fn = 0
    for k, it in enumerate(items):
        if it.art is None:
            preds = []
        else:
            scored = list(zip(it.cands, probs[k], strict=True))
            preds = [_as_dict(m) for m in learned.apply(it.art, it.found, scored, add, 0.0)]
        a, b, c, _ = score.match(it.gold.get("milestones") or [], preds, score.milestone_pair)
        tp, fp, fn = tp + a, fp + b, fn + c
    return score.prf(tp, fp, fn)[2]


def _as_dict(m) -> dict:
    return {"what": m.what, "due": m.due, "evidence": m.evidence}


def grid(train: list[Item], check: list[Item], score) -> None:
    """Milestone F1 by threshold: read shards each scored by a finder of the others, check shards
    (pooled) by the finder of every read shard. Shown, never used to choose."""
    oof: dict[int, list[float]] = {}
    for shard in sorted({it.shard for it in train}):
        model = fit([it for it in train if it.shard != shard])
        for k, it in enumerate(train):
            if it.shard == shard:
                oof[k] = [learned.probability(model, c) for c in it.cands]
    model = fit(train)
    held = {k: [learned.probability(model, c) for c in it.cands] for k, it in enumerate(check)}
    print("add      " + " ".join(f"{a:6.2f}" for a in GRID) + "  rules")
    for name, items, probs in (("read-oof", train, oof), ("check", check, held)):
        cells = [simulate(items, probs, a, score) for a in (*GRID, 1.01)]
        print(f"{name:8s} " + " ".join(f"{f:6.3f}" for f in cells))


def scored_by_extractor(items: list[Item], model: learned.Model) -> dict:
    """The shared scorer's aggregate report on ``items`` extracted end to end with ``model``."""
    learned.use(model)
    report = score_extracted([(it.path, it.gold) for it in items])
    learned.use(None)
    return report


def judge(check: list[Item], model: learned.Model) -> tuple[dict, dict]:
    """Rules alone and rules + finder on the check shards pooled: (rules, finder) reports. Pooled
    only: the check shards are scored in aggregate, never shard by shard (corpus.cache.CHECK_SHARDS)."""
    print(
        f"{'check':6s} {'rules ms F1 (P/R)':>18s} {'overall':>7s}   {'+finder ms F1 (P/R)':>20s} {'overall':>7s}"
    )
    rows = [scored_by_extractor(check, m) for m in (RULES_ONLY, model)]
    cells = [
        f"{r['milestones']['f1']:.3f} ({r['milestones']['precision']:.2f}/{r['milestones']['recall']:.2f})"
        f" {r['overall']['f1']:7.3f}"
        for r in rows
    ]
    print(f"{CHECK_SHARDS:6s} {cells[0]:>26s}   {cells[1]:>28s}", flush=True)
    return rows[0], rows[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--grid", action="store_true", help="milestone F1 by threshold, read (out of shard) and check"
    )
    ap.add_argument(
        "--write", action="store_true", help=f"judge on the check shards, write {learned.MODEL_PATH.name}"
    )
    args = ap.parse_args()
    score = load_scorer()
    started = time.perf_counter()
    learned.use(RULES_ONLY)  # features see the rules' decision, never a model's
    extractor = Extractor()
    train = prepare(extractor, score, tune_articles(READ_SHARDS) + test_set_articles("devset"))
    check = prepare(extractor, score, tune_articles(CHECK_SHARDS))
    n = sum(len(it.cands) for it in train)
    print(
        f"read: {len(train)} articles, {n} date mentions, {sum(sum(it.labels) for it in train)} due dates; "
        f"check: {len(check)} articles ({time.perf_counter() - started:.1f}s)"
    )
    if args.grid:
        grid(train, check, score)
    if args.write:
        model = fit(train)
        rules, found = judge(check, model)
        write_if_it_gains(
            learned.MODEL_PATH,
            "learned milestone finder (reporter/extract/learned.py); made by benchmarks/train_milestones.py",
            "milestones",
            rules,
            found,
            n,
            {
                "add": model.add,
                "drop": model.drop,
                "adds": {"bias": model.adds.bias, "weights": dict(sorted(model.adds.weights.items()))},
                "keeps": {"bias": model.keeps.bias, "weights": {}},
            },
            MIN_GAIN,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
