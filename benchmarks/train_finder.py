"""A learned event finder: can a model over the rules' set-aside readings recover missed incidents?

    python benchmarks/train_finder.py [--pool gates|sentences] [--covered] [--dense] [--c C]
    python benchmarks/train_finder.py --where | --cost          (~1 min each; `train` extra, scikit-learn)

Candidates (--pool gates): every clause the candidate stage reads again with its gates off
(negation, modal or attempt, picture, pattern, denial, caption; patched here, the rules are not
touched) and every candidate linking folded into another event, each read as the rules read it
(their own type, date, place and evidence), less those an emitted incident already tells (the shared
scorer's pairing, the candidate as the gold; --covered keeps them: a second event of one reading).
--pool sentences: one reading per sentence with an event word and a place that no emitted incident
was made from (the rules' first candidate there, else the sentence's frame or weapon type, its most
specific place, its first date, else the last emitted one's, else the report's day). A logistic
model over the rules' flags and confidence, the gates that turned the reading away, the clause's
lemmas (--dense: without them), the neighbours' frames, tolls, and how it sits beside the emitted
incidents (same family, day, place, sentence) decides which to add; an added one covers its like.

Training data: the read corpus-tune shards (learnkit.READ_SHARDS) and the ACLED dev notes, one fold
each (learnkit.FOLDS); never the check shards, holdout2, corpus-test or corpus-fresh. (The figures
below were measured when the folds were a..j and acled.) A candidate is positive when it meets a gold
event no emitted incident met. Measured by nested leave-one-fold-out: each fold held out in turn, the
threshold chosen on the others (each scored by models of the rest), the held-out fold scored by the
shared scorer's matching with that threshold next to the rules alone.

Measured on main c470d50 (rules: pooled incident F1 0.773, P 0.797 / R 0.750, tp 675 fp 172 fn 225):
  --pool gates: 265 candidates, 26 positive; out-of-fold AUC 0.735 (0.775 --dense), 3 (4) positive
    in the top 10. A perfect finder would reach F1 0.786 (R 0.771). Out of fold: 0.772, no fold won,
    g lost (+1 fp); i and j unchanged (0.496, 0.375: the chosen threshold never acts there), e and
    f unchanged (0.678, 0.560).
  --pool sentences --covered: 595 candidates, 45 positive; AUC 0.741, 1 positive in the top 10;
    ceiling 0.796 (R 0.789). Out of fold 0.771, no fold won, e (+1 fp) and i (+4 fp) lost.
  --covered, --dense, C 0.05..1 and the sentence pool without --covered: the same picture, pooled
    0.771..0.773, at most one fold won.
Again on main dc6a633 (rules 0.800, i 0.593, j 0.563 after this session's rules), --pool gates:
ceiling 0.811, out of fold 0.799, no fold won, g lost (+2 fp), i and j unchanged.
No model ships: nothing the rules set aside is separable from the rest by what the rules read
(top-ranked precision 10-30%, where an addition pays only above about 40%).

Where the 225 missed gold events live (--where; i+j / the other folds): no reading near, the place
named in a sentence with an event word 30/43, named only without one 7/11, never named as a place
12/10; a candidate that meets it once its type family changes 22/29, its date 7/7, its place 3/2;
a second event with the reading of one emitted incident 6/16; a candidate the gates or linking set
aside 8/11 (on dc6a633: 23/41, 7/11, 9/10; 18/29, 3/3, 3/2; 6/16; 7/11). What a finder over the rules' readings can add is the last two rows; the type row is the
re-typer's (learned_incidents.py), the date row train_redate.py's.

Cost (--cost, the same articles at the same moment): extraction 2.09 ms per article, the finder's
own work (a second candidate pass with the gates off, features, a sum of weights) 1.28 ms (x0.61;
x0.71 for the sentence pool): with it, real-news throughput (326 articles per CPU-second on
`benchmarks/bench_extract.py --only-real` at the time, loaded machine) would fall to about 200,
under the 300 target.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import learnkit
from learnkit import FRAME_TYPE, SHARDS, Read, Scored, fit_binary, load_scorer, read_all

from reporter.extract import Extractor, casualties, events, learned_incidents
from reporter.extract.candidates import CLASS_TYPE, Cand, is_headline, sentence_candidates
from reporter.extract.dates import DateSpan
from reporter.extract.document import Document
from reporter.extract.incidents import incident_events, relevant, to_incident
from reporter.extract.places import best_place, places_in
from reporter.incident_types import family
from reporter.logistic import Scorer

THRESHOLDS = (1.01, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5)
C = 0.3
#: --covered: candidates an emitted incident already tells stay in (a second event of that reading)
#: --pool sentences: every sentence with an event word and a place no emitted incident was made from
OPTIONS = {"covered": False, "pool": "gates", "dense": False}
#: The candidate stage's gates, each a function of events.py it calls by module attribute.
GATES = ("negated", "hypothetical", "depicted", "generic", "denial", "caption")
ORIGINAL_GATES = {g: getattr(events, g) for g in GATES}


@dataclass
class Item(Scored):
    cands: list[dict] = field(default_factory=list)
    feats: list[list[str]] = field(default_factory=list)
    #: 1 meets a gold event no emitted incident met, 0 none, None an optional one only
    labels: list[int | None] = field(default_factory=list)


def loose_candidates(art: Document) -> list[Cand]:
    """Every sentence's candidates with the gates off (a measurement only: the gates are patched)."""
    for g in GATES:
        setattr(events, g, lambda *a, **k: False)
    try:
        return [c for s in range(len(art.sentences)) for c in sentence_candidates(art, s)]
    finally:
        for g, f in ORIGINAL_GATES.items():
            setattr(events, g, f)


def gates(art: Document, c: Cand) -> list[str]:
    """The gates that turn this candidate away as the rules run."""
    text, (lo, hi), s = art.text, c.clause, art.sentences[c.s_idx]
    gate = ORIGINAL_GATES
    fired = {
        "negated": gate["negated"](text, lo, c.pos),
        "hypothetical": gate["hypothetical"](text, lo, c.pos, None, hi),
        "depicted": gate["depicted"](text, s.start, c.pos),
        "generic": gate["generic"](text, lo, hi),
        "denial": gate["denial"](text, s.start, s.end),
        "caption": gate["caption"](text, s.start, s.end),
    }
    return [f"g:{k}" for k, on in fired.items() if on]


def features(art: Document, c: Cand, inc, emitted: list, strict: set, n_events: int) -> list[str]:
    out = learned_incidents.features(art, c, inc, n_events)
    g = gates(art, c)
    out += g or ["g:none"]
    out.append(f"strict:{int((c.pos, c.type) in strict)}")
    out.append(f"head:{int(is_headline(art, c.s_idx))}")
    out.append(f"sidx:{min(c.s_idx, 8) // 2}")
    out.append(
        f"date:{'none' if c.date is None else 'day' if (c.date.end - c.date.start).days <= 1 else 'span'}"
    )
    fam, day, place = family(inc.type), inc.date, inc.location
    out.append(f"sfam:{int(any(family(e.type) == fam for e in emitted))}")
    out.append(f"sday:{int(any(e.date == day for e in emitted))}")
    out.append(f"splace:{int(any(e.location == place for e in emitted))}")
    out.append(f"sfam|sday:{int(any(family(e.type) == fam and e.date == day for e in emitted))}")
    out.append(f"sfam|splace:{int(any(family(e.type) == fam and e.location == place for e in emitted))}")
    out.append(f"sevid:{int(any(e.evidence == inc.evidence for e in emitted))}")
    return sorted(set(out))


def sentence_readings(art: Document, evs: list[Cand], loose: list[Cand]) -> list[tuple[Cand, list[str]]]:
    """One reading per sentence with an event word and a place that no emitted incident was made from:
    the rules' first (loose) candidate there, else one made of the sentence's frame or weapon, its most
    specific place, its first date (else the last emitted incident's, else the report's day)."""
    made = {c.s_idx for c in evs}
    out = []
    carried = None
    for k, s in enumerate(art.sentences):
        here = [c for c in evs if c.s_idx == k and c.date is not None]
        carried = here[-1].date if here else carried
        trigs = art.triggers_in(s.start, s.end)
        if k in made or not trigs:
            continue
        lc = [c for c in loose if c.s_idx == k]
        first = lc[0] if lc else None
        place = first.place if first and first.place else best_place(places_in(art, s.start, s.end))
        if place is None:
            continue
        spans = [d.span for d in art.dates_in(s.start, s.end) if d.span is not None]
        src = "cand" if first and first.date else "sent" if spans else "carried" if carried else "pub"
        day = first.date if src == "cand" else spans[0] if spans else carried
        if day is None and art.published is not None:
            day = DateSpan(art.published, art.published, "day")
        feats = [f"src:{src}", f"loose:{int(first is not None)}"]
        if first is not None:
            c = replace(first, place=place, date=day)
        else:
            weapons = [m.of("weapon").sub for m in art.mentions_in(s.start, s.end) if m.of("weapon")]
            kinds = [t.kind for t in trigs]
            typ = next((CLASS_TYPE[w] for w in weapons if w in CLASS_TYPE), None)
            typ = typ or next((FRAME_TYPE[x] for x in kinds if x in FRAME_TYPE), "other")
            t = trigs[0]
            c = Cand(
                typ,
                t.start,
                k,
                (s.start, s.end),
                (s.start, s.end),
                date=day,
                place=place,
                kind=t.kind,
                trigger_word=t.word,
            )
        feats.append(f"tolls:{int(bool(casualties.find(art.text, s.start, s.end)))}")
        feats.append(f"prev:{int(k - 1 in made)}")
        feats.append(f"next:{int(k + 1 in made)}")
        out.append((c, feats))
    return out


def find(art: Document, evs: list[Cand], emitted: list, score) -> list[tuple[dict, list[str]]]:
    """The finder's candidates of one article beside the rules' events ``evs`` (made into ``emitted``):
    each as an incident record with its features; what it would cost an article at run time."""
    strict = {(c.pos, c.type) for s in range(len(art.sentences)) for c in sentence_candidates(art, s)}
    strict -= {(c.pos, c.type) for c in evs}
    preds = [asdict(i) for i in emitted]
    loose = loose_candidates(art)
    if OPTIONS["pool"] == "sentences":
        pool = sentence_readings(art, evs, loose)
    else:
        pool = [(c, []) for c in loose if c.place is not None]
    out = []
    for c, extra in pool:
        inc = to_incident(art, c)
        d = asdict(inc)
        covered = any(score.incident_pair(d, p) > 0 for p in preds)
        if covered and not OPTIONS["covered"]:
            continue  # an emitted incident already tells it
        out.append(
            (d, [*features(art, c, inc, emitted, strict, len(evs)), f"covered:{int(covered)}", *extra])
        )
    return out


def _item(r: Read, score) -> Item:
    it = Item(r.fold, r.name, list(r.gold.get("incidents") or []))
    if r.art is None or not relevant(r.art):
        return it
    art = r.art
    evs = incident_events(art)
    emitted = [to_incident(art, c) for c in evs]
    it.preds = [asdict(i) for i in emitted]
    _, _, _, pairs = score.match(it.golds, it.preds, score.incident_pair)
    met = {id(g) for g, _ in pairs}
    left = [g for g in it.golds if id(g) not in met]
    for d, f in find(art, evs, emitted, score):
        it.cands.append(d)
        it.feats.append(f)
        hits = [g for g in left if score.incident_pair(g, d) > 0]
        it.labels.append(1 if any(not g.get("optional") for g in hits) else None if hits else 0)
    return it


def prepare(score) -> list[Item]:
    learned_incidents.use(None)
    return [_item(r, score) for r in read_all(Extractor(), shards=SHARDS)]


def fit(items: list[Item]) -> Scorer:
    X = [_kept(f) for it in items for f, y in zip(it.feats, it.labels, strict=True) if y is not None]
    y = [y for it in items for y in it.labels if y is not None]
    return fit_binary(X, y, C)


Probs = dict[int, list[float]]


def _kept(f: list[str]) -> list[str]:
    """--dense: the clause's own words left out (few positives for many words)."""
    return [x for x in f if not x.startswith("cl:")] if OPTIONS["dense"] else f


def out_of_fold(items: list[Item], idx: list[int]) -> Probs:
    return learnkit.out_of_fold(items, idx, fit, _probabilities)


def _probabilities(m: Scorer, it: Item) -> list[float]:
    return [m.probability(_kept(f)) for f in it.feats]


def added(it: Item, probs: list[float], thr: float, score) -> list[dict]:
    """The candidates at or above ``thr``, most probable first, one per event (an added one covers its like)."""
    out: list[dict] = []
    for p, d in sorted(zip(probs, it.cands, strict=True), key=lambda x: -x[0]):
        if p >= thr and not any(score.incident_pair(d, o) > 0 or score.incident_pair(o, d) > 0 for o in out):
            out.append(d)
    return out


def counts(items: list[Item], idx: list[int], probs: Probs, thr: float, score) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for k in idx:
        it = items[k]
        preds = it.preds + (added(it, probs[k], thr, score) if thr <= 1 and it.cands else [])
        a, b, c, _ = score.match(it.golds, preds, score.incident_pair)
        tp, fp, fn = tp + a, fp + b, fn + c
    return tp, fp, fn


def choose(items: list[Item], idx: list[int], score) -> tuple[float, float]:
    probs = out_of_fold(items, idx)
    return max((score.prf(*counts(items, idx, probs, t, score))[2], t) for t in THRESHOLDS)[::-1]


def cross_validate(items: list[Item], score) -> None:
    header = (
        f"{'held out':8s} {'n':>4s} {'gold':>4s} {'cands':>5s} {'pos':>4s}  {'rules F1 (P/R)':>17s}  "
        f"{'finder F1 (P/R) [thr]':>26s}  {'+tp':>4s} {'+fp':>4s}"
    )

    def held_out(fold: str, train: list[int], held: list[int]):
        thr, _ = choose(items, train, score)
        m = fit([items[k] for k in train])
        probs = {k: _probabilities(m, items[k]) for k in held}
        rules = counts(items, held, probs, 1.01, score)
        finder = counts(items, held, probs, thr, score)
        n_gold = sum(1 for k in held for g in items[k].golds if not g.get("optional"))
        n_c = sum(len(items[k].cands) for k in held)
        n_pos = sum(y == 1 for k in held for y in items[k].labels)
        before = f"{len(held):4d} {n_gold:4d} {n_c:5d} {n_pos:4d}"
        return rules, finder, before, f"[{thr:.2f}]  {finder[0] - rules[0]:+4d} {finder[1] - rules[1]:+4d}"

    learnkit.cross_validate(items, score, "finder", header, held_out)


def diagnose(items: list[Item], score) -> None:
    from sklearn.metrics import roc_auc_score

    every = list(range(len(items)))
    probs = out_of_fold(items, every)
    ys = [y for it in items for y in it.labels if y is not None]
    ps = [p for k in every for p, y in zip(probs[k], items[k].labels, strict=True) if y is not None]
    print(f"candidates {len(ys)}, positive {sum(ys)}; out-of-fold AUC {roc_auc_score(ys, ps):.3f}")
    gate = Counter()
    for it in items:
        for f, y in zip(it.feats, it.labels, strict=True):
            if y is not None:
                for g in f:
                    if g.startswith(("g:", "strict:")):
                        gate[g, y] += 1
    print("by gate (negative/positive):", {g: (gate[g, 0], gate[g, 1]) for g in sorted({g for g, _ in gate})})
    ranked = sorted(zip(ps, ys, strict=True), reverse=True)
    for n in (10, 25, 50, 100):
        print(f"top {n} out of fold: {sum(y for _, y in ranked[:n])} positive")
    perfect = {k: [float(y == 1) for y in items[k].labels] for k in every}
    rules = score.prf(*counts(items, every, perfect, 1.01, score))
    best = score.prf(*counts(items, every, perfect, 0.5, score))
    print(
        f"ceiling (a perfect finder): F1 {rules[2]:.3f} -> {best[2]:.3f} (R {rules[1]:.3f} -> {best[1]:.3f})"
    )


#: One family's type each, for reading a candidate as another family.
FAMILY_TYPES = (
    "missile_attack",
    "air_strike",
    "armed_clash",
    "explosion",
    "interception",
    "threat_statement",
    "other",
)


def _one_off(art: Document, c: Cand) -> dict[str, list[Cand]]:
    """The candidate read with one dimension changed: another family (T), another date of its sentence,
    the one before or the report's day (D), another place of its sentence (P)."""
    s = art.sentences[c.s_idx]
    days = [
        d.span for k in (c.s_idx - 1, c.s_idx) if k >= 0 for d in art.dates_in(art.sentences[k].start, s.end)
    ]
    if art.published is not None:
        days += [
            DateSpan(art.published - timedelta(days=n), art.published - timedelta(days=n), "day")
            for n in (0, 1)
        ]
    return {
        "T": [replace(c, type=t) for t in FAMILY_TYPES if family(t) != family(c.type)],
        "D": [replace(c, date=d) for d in days if d is not None and d != c.date],
        "P": [replace(c, place=p) for p in places_in(art, s.start, s.end)],
    }


def where(score) -> None:
    """Where the gold events the rules miss live: met by an emitted incident that meets another gold (a
    second event of one reading), by a candidate the gates or linking set aside, by a candidate read
    with one dimension changed, or by none: then whether any sentence names the place (with or
    without an event word). i and j (unseen until this session) apart from the rest."""
    learned_incidents.use(None)
    tally: Counter = Counter()
    for r in read_all(Extractor(), shards=SHARDS):
        golds = list(r.gold.get("incidents") or [])
        if r.art is None or not relevant(r.art):
            tally[r.fold in "ij", "not read (off-topic or empty)"] += sum(
                not g.get("optional") for g in golds
            )
            continue
        art, evs = r.art, incident_events(r.art)
        preds = [asdict(to_incident(art, c)) for c in evs]
        _, _, _, pairs = score.match(golds, preds, score.incident_pair)
        met = {id(g) for g, _ in pairs}
        loose = [c for c in loose_candidates(art) if c.place is not None]
        readings = [asdict(to_incident(art, c)) for c in loose]
        for g in golds:
            if id(g) in met or g.get("optional"):
                continue
            if any(score.incident_pair(g, p) > 0 for p in preds):
                why = "second event of an emitted reading"
            elif any(score.incident_pair(g, p) > 0 for p in readings):
                why = "a candidate the gates or linking set aside"
            else:
                why = next(
                    (
                        f"a candidate with its {dim} changed"
                        for dim in "TDP"
                        for c in loose
                        for v in _one_off(art, c)[dim]
                        if v.place is not None and score.incident_pair(g, asdict(to_incident(art, v))) > 0
                    ),
                    "",
                )
            if not why:
                named = [
                    k
                    for k, s in enumerate(art.sentences)
                    if any(
                        score.places_agree(g, {"location": p.name, "country": p.country})
                        for p in places_in(art, s.start, s.end)
                    )
                ]
                trig = any(art.triggers_in(art.sentences[k].start, art.sentences[k].end) for k in named)
                why = (
                    "none; place named with an event word"
                    if trig
                    else ("none; place named, no event word" if named else "none; place never named")
                )
            tally[r.fold in "ij", why] += 1
    for why in sorted({w for _, w in tally}, key=lambda w: -(tally[False, w] + tally[True, w])):
        print(f"{why:45s} i+j {tally[True, why]:4d}   other folds {tally[False, why]:4d}")


def cost(score) -> None:
    """CPU per article of the rules' whole extraction next to the finder's own work (its candidates,
    features and a model's sum of weights), over the same articles at the same moment."""
    ex = Extractor()
    reads = [r for r in read_all(ex, shards=SHARDS) if r.art is not None and relevant(r.art)]
    started = time.process_time()
    for r in reads:
        ex.extract(r.art.text, id="x", published=r.art.published)
    rules = time.process_time() - started
    model = Scorer({}, 0.0)
    ready = [
        (r.art, evs, [to_incident(r.art, c) for c in evs]) for r in reads for evs in [incident_events(r.art)]
    ]
    started = time.process_time()
    for art, evs, emitted in ready:
        for _, f in find(art, evs, emitted, score):
            model.probability(f)
    finder = time.process_time() - started
    n = len(reads)
    print(
        f"{n} articles: extraction {1e3 * rules / n:.2f} ms/article, the finder's own work "
        f"{1e3 * finder / n:.2f} ms/article (x{finder / rules:.2f} of extraction)"
    )


def main() -> int:
    global C
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--c", type=float, help=f"inverse regularisation (default {C})")
    ap.add_argument("--covered", action="store_true", help="keep candidates an emitted incident covers")
    ap.add_argument(
        "--cost", action="store_true", help="CPU per article: extraction next to the finder's work"
    )
    ap.add_argument("--where", action="store_true", help="where the missed gold events live")
    ap.add_argument("--dense", action="store_true", help="leave the clause's words out of the features")
    ap.add_argument("--pool", choices=("gates", "sentences"), default="gates", help="what candidates are")
    args = ap.parse_args()
    C = args.c or C
    OPTIONS["covered"] = args.covered
    OPTIONS["pool"] = args.pool
    OPTIONS["dense"] = args.dense
    score = load_scorer()
    if args.cost:
        learned_incidents.use(None)
        cost(score)
        return 0
    if args.where:
        where(score)
        return 0
    started = time.perf_counter()
    items = prepare(score)
    print(
        f"{len(items)} articles, {sum(len(it.cands) for it in items)} candidates "
        f"({time.perf_counter() - started:.1f}s)",
        flush=True,
    )
    diagnose(items, score)
    cross_validate(items, score)
    return 0


if __name__ == "__main__":
    sys.exit(main())
