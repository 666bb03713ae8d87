"""What the learned layers' training scripts share: the training articles, read as the extractor reads
them, the shared scorer, and logistic fits whose weights the extractor reads without scikit-learn.

Training material is the read part of the real-news corpus (the corpus-tune shards but the check
shards: READ_SHARDS) and the shared ACLED dev notes, plus tests/devset and tests/holdout where a
script wants them; never holdout2, corpus-test or corpus-fresh (locked), nor the check shards but
the FIT shards (below), which the learned layers may train on since the seventeenth session.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "eval" / "score.py"
ACLED = SHARED / "eval" / "acled-dev"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpus.cache import CHECK_SHARDS, cache_dir, gold_dir  # noqa: E402
from reporter.extract import Extractor  # noqa: E402
from reporter.extract.document import Document  # noqa: E402
from reporter.logistic import Scorer  # noqa: E402
from reporter.sources.document import parse_text, to_utc  # noqa: E402

#: Every corpus-tune shard, as its gold folder holds them (a..p now): a blind shard that the next
#: session moves to tune is trained on without an edit here.
TUNE_SHARDS = "".join(sorted({g.name[0] for g in gold_dir("tune").glob("?_*.json")}))
#: The check shards (corpus.cache.CHECK_SHARDS) are tune shards no rule was fitted to, scored in
#: aggregate only. No learned layer trains on them or chooses a threshold on them; they judge.
#: The read shards (a-d, g-l, s, t, v, w and y now): every other tune shard, what the learned layers train on. The
#: rules were fitted to them item by item, so the rules alone look better here than on unseen text.
READ_SHARDS = "".join(s for s in TUNE_SHARDS if s not in CHECK_SHARDS)
#: For the learned layers only (PHASE2.md, seventeenth session), the check shards split in two. The
#: JUDGE shards (the blind shards of the fifteenth to twentieth sessions, 0-9) are never trained on and scored in aggregate
#: only: they decide whether a model ships. The FIT shards, every other check shard, are text no rule
#: was fitted to, so the rules' errors there look like their errors on unseen text: a layer may train
#: on them and choose its threshold and C by folds among them (never on the judge). Nobody reads
#: them: no text, gold, miss, per-shard figure or largest weight of theirs is ever printed.
JUDGE_SHARDS = "0123456789"
FIT_SHARDS = "".join(s for s in CHECK_SHARDS if s not in JUDGE_SHARDS)
#: The cross-validated scripts' shards and folds: each read shard, and the ACLED notes as one more.
#: (Their recorded figures before this change were over a..j, e and f among them.)
SHARDS = READ_SHARDS
FOLDS = (*SHARDS, "acled")

#: The incident type an event frame (events.py trigger kind) gives a sentence no rule candidate
#: reads: the finder's and the sentence layer's readings, and the sentence aligner's family check.
FRAME_TYPE = {
    "airstrike": "air_strike", "clash": "armed_clash", "shell": "shelling", "intercept": "interception",
    "destroy": "interception", "explode": "explosion", "threat": "threat_statement", "crash": "crash",
}  # fmt: skip


def load_scorer():
    """The shared scorer (../shared/eval/score.py) as a module: its pairing functions, unchanged."""
    spec = importlib.util.spec_from_file_location("score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def tune_articles(shards: str = READ_SHARDS) -> list[tuple[str, Path, Path]]:
    """(shard, text path, gold path) of every corpus-tune article of ``shards`` this machine has."""
    out = []
    for g in sorted(gold_dir("tune").glob("*.json")):
        text = cache_dir() / f"{g.stem}.txt"
        if g.stem[0] in shards and text.exists():
            out.append((g.stem[0], text, g))
    return out


def score_extracted(articles: Sequence[tuple[Path, dict]]) -> dict:
    """The shared scorer's aggregate report on (text path, gold) articles extracted end to end by the
    extractor as it stands (with whatever learned models are in use)."""
    from reporter.extract import iter_facts

    with tempfile.TemporaryDirectory() as tmp:
        pred, gold = Path(tmp) / "pred.jsonl", Path(tmp) / "gold"
        gold.mkdir()
        with pred.open("w") as out:
            for facts in iter_facts([path for path, _ in articles], workers=1):
                out.write(json.dumps(facts.to_dict()) + "\n")
        for path, g in articles:
            (gold / f"{path.stem}.json").write_text(json.dumps(g))
        run = subprocess.run(
            [sys.executable, str(SCORE), "--gold", str(gold), "--pred", str(pred), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_set_articles(name: str) -> list[tuple[str, Path, Path]]:
    """(set name, text path, gold path) of tests/devset or tests/holdout."""
    out = []
    for text in sorted((ROOT / "tests" / name / "articles").glob("*.txt")):
        g = ROOT / "tests" / name / "gold" / f"{text.stem}.json"
        if g.exists():
            out.append((name, text, g))
    return out


@dataclass
class Scored:
    """One training article as a measurement script keeps it: its fold, name, the gold items of the
    kind it scores and the rules' predictions; each script's Item adds what it reads of them."""

    fold: str
    name: str
    golds: list[dict]
    preds: list[dict] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Read:
    """One training article: its fold, name, gold and the document the extractor would read."""

    fold: str
    name: str
    gold: dict
    art: Document | None


def read_all(extractor: Extractor, acled: bool = True, shards: str = READ_SHARDS) -> Iterator[Read]:
    """corpus-tune ``shards`` then the ACLED dev notes, each read as `reporter extract` reads it
    (front matter, line unwrapping and the record's day as in extract/batch.py)."""
    for shard, path, gpath in tune_articles(shards):
        doc = parse_text(path.read_bytes().decode("utf-8", errors="replace"))
        day = doc.published.date() if doc.published else None
        yield Read(shard, path.stem, json.loads(gpath.read_text()), extractor.document(doc.text, day)[1])
    if not acled:
        return
    for line in (ACLED / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        doc = parse_text(rec["text"])
        stamp = to_utc(rec.get("published")) if rec.get("published") else None
        day: date | None = stamp.date() if stamp else (doc.published.date() if doc.published else None)
        gold = json.loads((ACLED / "gold" / f"{rec['id']}.json").read_text())
        yield Read("acled", rec["id"], gold, extractor.document(doc.text, day)[1])


def read_tests(extractor: Extractor, name: str) -> Iterator[Read]:
    """tests/``name`` (devset, holdout) read as read_all reads a corpus text; its fold is ``name``."""
    for _, path, gpath in test_set_articles(name):
        doc = parse_text(path.read_bytes().decode("utf-8", errors="replace"))
        day = doc.published.date() if doc.published else None
        yield Read(name, path.stem, json.loads(gpath.read_text()), extractor.document(doc.text, day)[1])


def fit_binary(X: Sequence[Sequence[str]], y: Sequence[int], C: float, balanced: bool = True) -> Scorer:
    """An L2 logistic model over binary features, as weights the extractor can sum; ``balanced``
    weighs the classes equally, else its probabilities keep the classes' own rates (calibrated)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    clf = LogisticRegression(C=C, max_iter=2000, class_weight="balanced" if balanced else None)
    clf.fit(vec.fit_transform([dict.fromkeys(f, 1) for f in X]), list(y))
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)
        if abs(w) >= 1e-3
    }
    return Scorer(weights, round(float(clf.intercept_[0]), 4))


def fit_multi(
    X: Sequence[Sequence[str]], y: Sequence[str], C: float
) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """A multinomial L2 logistic model: per class, its weights and bias."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    clf = LogisticRegression(C=C, max_iter=3000, solver="newton-cg")  # lbfgs takes 5x longer here
    clf.fit(vec.fit_transform([dict.fromkeys(f, 1) for f in X]), list(y))
    names = vec.get_feature_names_out()
    classes = [str(c) for c in clf.classes_]
    if len(classes) == 2:  # scikit-learn keeps one row for two classes: the second against the first
        rows, bias = [-clf.coef_[0] / 2, clf.coef_[0] / 2], [-clf.intercept_[0] / 2, clf.intercept_[0] / 2]
    else:
        rows, bias = list(clf.coef_), list(clf.intercept_)
    weights = {
        k: {n: round(float(w), 4) for n, w in zip(names, row, strict=True) if abs(w) >= 1e-3}
        for k, row in zip(classes, rows, strict=True)
    }
    return weights, {k: round(float(b), 4) for k, b in zip(classes, bias, strict=True)}


def print_pooled(totals: dict[str, list[int]], won: int, lost: int, score) -> None:
    """Each reading's counts pooled over the folds, and how many folds the learned one won and lost."""
    width = max(6, *map(len, totals))
    for name, t in totals.items():
        p, r, f = score.prf(*t)
        print(f"pooled {name:{width}s} F1 {f:.3f} (P {p:.3f} / R {r:.3f})  tp {t[0]} fp {t[1]} fn {t[2]}")
    print(f"folds won {won}, lost {lost}, of {len(FOLDS)}")


def split(items: Sequence, fold: str) -> tuple[list[int], list[int]]:
    """The indices of ``items`` to train on and to hold out for ``fold`` (each item has its ``fold``)."""
    train = [k for k, it in enumerate(items) if it.fold != fold]
    held = [k for k, it in enumerate(items) if it.fold == fold]
    return train, held


M = TypeVar("M")
P = TypeVar("P")
Counts = tuple[int, int, int]


def out_of_fold(
    items: Sequence, idx: Sequence[int], fit: Callable[[list], M], predict: Callable[[M, Any], P]
) -> dict[int, P]:
    """What a model makes of each item of ``idx``, fitted on the other folds among ``idx`` (never on
    the item's own fold): the inner measurement a threshold is chosen on."""
    out: dict[int, P] = {}
    for fold in sorted({items[k].fold for k in idx}):
        model = fit([items[k] for k in idx if items[k].fold != fold])
        for k in idx:
            if items[k].fold == fold:
                out[k] = predict(model, items[k])
    return out


def cross_validate(
    items: Sequence,
    score,
    learned: str,
    header: str,
    held_out: Callable[[str, list[int], list[int]], tuple[Counts, Counts, str, str]],
) -> None:
    """Leave each fold of FOLDS out in turn and print one row for it, then the pooled counts.

    ``held_out(fold, train, held)`` chooses and fits on ``train`` only and returns the held-out
    (tp, fp, fn) of the rules alone and of the ``learned`` reading, with the row's own columns:
    those before the two F1 cells and those after them."""
    print(header)
    tot = {"rules": [0, 0, 0], learned: [0, 0, 0]}
    won = lost = 0
    for fold in FOLDS:
        train, held = split(items, fold)
        rules, got, before, after = held_out(fold, train, held)
        for name, row in (("rules", rules), (learned, got)):
            tot[name] = [a + b for a, b in zip(tot[name], row, strict=True)]
        (p0, r0, f0), (p1, r1, f1) = score.prf(*rules), score.prf(*got)
        won, lost = won + (f1 > f0 + 1e-9), lost + (f1 < f0 - 1e-9)
        print(
            f"{fold:8s} {before}  {f0:.3f} ({p0:.2f}/{r0:.2f})  {f1:.3f} ({p1:.2f}/{r1:.2f}) {after}",
            flush=True,
        )
    print_pooled(tot, won, lost, score)


def write_if_it_gains(
    path: Path,
    about: str,
    kind: str,
    rules: dict,
    found: dict,
    examples: int,
    body: dict,
    min_gain: float,
    trained_on: Sequence[str] = (*READ_SHARDS, "devset"),
    judged_on: str = CHECK_SHARDS,
) -> bool:
    """Write a finder's model file when, on the ``judged_on`` shards, it raises ``kind``'s F1 (a scorer
    key: "milestones", "troop_posture") by ``min_gain`` without lowering the overall F1; else remove
    the file, so the extractor runs on the rules alone. ``body`` is the model's own part of the file."""
    label = kind.removeprefix("troop_").removesuffix("s")
    before, after = rules[kind]["f1"], found[kind]["f1"]
    if after - before < min_gain or found["overall"]["f1"] < rules["overall"]["f1"]:
        path.unlink(missing_ok=True)
        print(
            f"no model written: {judged_on} {label} F1 gain {after - before:+.3f} (needs {min_gain}) or overall fell"
        )
        return False
    doc = {
        "about": about,
        "trained_on": list(trained_on),
        "examples": examples,
        "check_shards": judged_on,
        f"check_{label}_f1": {"rules": round(before, 4), "finder": round(after, 4)},
        **body,
    }
    path.write_text(json.dumps(doc, indent=0) + "\n")
    print(f"wrote {path} ({judged_on} {label} F1 {before:.3f} -> {after:.3f})")
    return True
