"""A learned due-date chooser for milestones: of the dates near a milestone the extractor emits,
which one is its due? Measured on the FIT shards; no model ships, nothing of it runs at extraction.

    python benchmarks/train_due.py [--reach N] [--add] [--with-read] [--where]     (~2-5 min)

For each milestone the extractor emits (the rules and the shipped finder, learned.py), its readings
are its own due first, then every other due the rules resolve (milestones.readings_in: a yearless
date put ahead, a stretch counted from its anchor) in its sentence and up to --reach sentences
either side (default: the whole story), and the report's day and the day before (GUIDE.md: a step
told as done is due on the report that confirms it). Each reading has features of general form:
the word leading into it (by, until, within, no later than, on, in...), its kind, precision and
distance from the report, the tense before it, where it sits against the rules' date and the step's
clause, whether its sentence names a step or a plan, shares the step's words or holds another
milestone. A reading is labelled right when a milestone with that due pairs (the shared scorer's
pairing) with a gold milestone no other emitted milestone pairs with: re-dating one milestone onto
another's gold gains nothing. A logistic model (L2, balanced) is fitted on the milestones whose
readings disagree; a milestone takes its best reading when it beats the rules' by a margin. C and
the margin are chosen by leave-one-shard-out folds inside the training shards, and every figure
printed is pooled out of fold (each shard re-dated by a model, C and margin that never saw it).
--add adds the best other reading as a second milestone (the same step, another due) at a
probability threshold instead of replacing the rules' due.

Training shards: learnkit.FIT_SHARDS (check shards no rule was fitted to, read by code only:
nothing here prints an item, a per-shard figure or a weight), with --with-read the read shards too.
The JUDGE shards (learnkit.JUDGE_SHARDS) are never loaded: with no model the folds would ship, there
is nothing to judge.

Measured on main 8194bae with the shipped finder (FIT shards, 1098 articles, 447 emitted milestones;
milestone F1 0.591, tp 304 fp 139 fn 281), all pooled out of fold:
- The ceiling is small. With readings from the whole story a perfect chooser fixes 27 milestones
  (F1 0.591 -> 0.634); from the milestone's sentence and its neighbours (--reach 1) 14 (0.617).
  Labelled loosely (any gold, even one another milestone already pairs with) 71 readings look right
  where the rules' is not, but most would only duplicate a matched milestone.
- Nothing is learned. The inner folds choose "never move" on 15 of 16 held-out shards; out of fold
  0.591 -> 0.589 (one due moved, wrongly), the same with --reach 1. A margin fixed at 0.0 (one
  level of folds, each C) moves at most 12 dues and never gains (0.588-0.591), with or without the
  lemma features or the rules' flag.
  With the read shards added (--with-read: 1592 articles, 707 milestones, F1 0.680) they bring 2
  more fixable milestones and nothing changes.
- --add (the best other reading as a second milestone): 89 of 1515 other readings would pair a gold
  no milestone pairs with; out of fold 0.591 -> 0.588 (10 added, 5 folds lost, none won).
- --where: of the 281 missed gold milestones, 173 share no word with any emitted milestone (120 of
  them with their due resolved somewhere in the story: the finder's pot); 56 share words only with
  milestones already paired with another gold (20 with their due resolved in that sentence or the
  next: a second commitment told beside the first, a second milestone rather than a re-dating);
  52 share words with a free one, and only 22 of those have their due resolved anywhere (the
  re-dater's whole pot). For 97 of the 281 the due is resolved by no reading of the story at all
  (mostly days: 27 in a year some reading has, 21 in none, 11 in the report's month; 14 a raw date
  mention has but the rules' reading moved): a matter of date resolution, not of choice.
Needs the `train` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import astuple, dataclass, field
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import learnkit
from learnkit import FIT_SHARDS, READ_SHARDS, Scored, load_scorer, read_all

from reporter.extract import Extractor, learned
from reporter.extract.dates import DateMention
from reporter.extract.document import Document
from reporter.extract.lemmas import lemma, lemma_form
from reporter.extract.milestones import find_milestones, readings_in
from reporter.extract.steps import STEP_LEMMAS
from reporter.extract.text import words
from reporter.logistic import Scorer
from reporter.models import Milestone

MARGINS = (9.0, 0.5, 0.4, 0.3, 0.2, 0.15, 0.1, 0.05, 0.0)
#: --add: add the best other reading at this probability or above (9: never)
THRESHOLDS = (9.0, 0.9, 0.7, 0.5, 0.4, 0.3, 0.2)
CS = (0.1, 0.3, 1.0, 3.0)
#: The words that lead into a date and say what it is to the step: a bound, a start, a point in time.
_CUE = re.compile(
    r"(?:\b(?P<c>no\s+later\s+than|not\s+later\s+than|by|until|till|through|before|within|deadline\s+of|"
    r"in|on|from|since|after|starting|effective|as\s+of|at|of|for|to|during|between|and|ending|end\s+of)"
    r"(?:\s+(?:the|a|an|its|this|that|next|early|mid|late))?\s*)$",
    re.I,
)
#: How many sentences either side of the milestone's own its readings come from (the whole story: any).
REACH = 99
#: Words of a plan or commitment, as lemmas: the sentence a due date is told in names one.
_PLAN = frozenset(
    lemma(w)
    for w in words("will would shall plan agree pledge promise vow commit expect schedule due aim intend deadline set")
)
_MODALS = frozenset(("will", "would", "shall", "must", "should", "could", "may", "might"))



@dataclass(frozen=True, slots=True)
class Reading:
    due: str
    features: tuple[str, ...]


def _when(art: Document, d: DateMention) -> str:
    p, span = art.published, d.span
    assert span is not None
    if p is None:
        return "undated"
    if span.start > p:
        days = (span.start - p).days
        return "ahead:" + ("week" if days <= 7 else "month" if days <= 31 else "year" if days <= 366 else "far")
    if span.end < p:
        days = (p - span.end).days
        return "behind:" + ("week" if days <= 7 else "month" if days <= 31 else "year" if days <= 366 else "far")
    return "now"


def _cue(art: Document, d: DateMention, lo: int) -> str:
    mention = art.text[d.start : d.end].lower()
    first = mention.split(None, 1)[0] if mention.strip() else ""
    if first in ("by", "until", "till", "within", "before", "in", "on", "from", "since", "after", "through"):
        return first
    if mention.startswith("no later than"):
        return "no later than"
    head = _CUE.search(art.text, max(lo, d.start - 30), d.start)
    return re.sub(r"\s+", " ", head.group("c").lower()) if head else "-"


def _mention_features(art: Document, d: DateMention, due: str, s_lo: int, s_hi: int) -> list[str]:
    i, j = art.token_index(d.start), art.token_index(d.end)
    s0, s1 = art.token_index(s_lo), art.token_index(s_hi)
    lems, toks = art.lemmas, art.tokens
    cue = _cue(art, d, s_lo)
    when = _when(art, d)
    out = [f"kind:{d.kind}", f"prec:{len(due)}", f"cue:{cue}", f"when:{when}", f"cue|when:{cue}|{when}"]
    out.append(f"prec|when:{len(due)}|{when.split(':')[0]}")
    for k in (1, 2):
        if i - k >= s0:
            out.append(f"p{k}:{lems[i - k]}")
    if j < s1:
        out.append(f"a1:{lems[j]}")
    past = modal = False
    for k in range(max(s0, i - 12), i):
        past = past or lemma_form(toks[k].norm)[1] in ("ed", "past")
        modal = modal or toks[k].norm in _MODALS
    out += [f"tense:{int(past)}{int(modal)}", f"tense|cue:{int(past)}{int(modal)}|{cue}"]
    out.append(f"first:{int(i <= s0 + 1)}")
    return out


def _sentence_features(art: Document, k: int, what: set[str], found: Sequence[Milestone]) -> list[str]:
    """Whether sentence ``k`` names a step or a plan, shares the step's words, or holds another milestone."""
    q = art.sentences[k]
    lems = set(art.lemmas[art.token_index(q.start) : art.token_index(q.end)])
    shared = len(lems & what)
    return [
        f"astep:{int(bool(lems & STEP_LEMMAS))}",
        f"aplan:{int(bool(lems & _PLAN))}",
        f"ov:{min(shared, 2)}",
        f"held:{int(any(o.evidence == q.text for o in found))}",
    ]


def readings(
    art: Document, m: Milestone, memo: dict[int, list[tuple[DateMention, str]]], found: Sequence[Milestone] = ()
) -> list[Reading]:
    """The rules' due first, then every other due the rules resolve near the milestone's sentence;
    ``found``: every milestone of the article (a date another is due at, a sentence another holds)."""
    i = _sentence_of(art, m.evidence)
    common = [f"rprec:{len(m.due)}", f"done:{int(m.done)}"]
    if i is None:
        return [Reading(m.due, ("rule", "rule:lost", *common))]
    s = art.sentences[i]
    here = memo.setdefault(i, readings_in(art, i))
    own = next((d for d, due in here if due == m.due), None)
    what_at = s.text.find(m.what)
    what_lo, what_hi = (s.start + what_at, s.start + what_at + len(m.what)) if what_at >= 0 else (-1, -1)
    rk = own.kind if own else "none"
    common += [f"rkind:{rk}", f"rwhen:{_when(art, own) if own else '-'}", f"ncand:{min(len(here), 4)}"]
    what = {lemma(w) for w in words(m.what) if len(w) > 3}
    dues = {o.due for o in found if o is not m}
    rule = ["rule", *common, *_sentence_features(art, i, what, [o for o in found if o is not m])]
    if own is not None:
        rule += _mention_features(art, own, m.due, s.start, s.end)
    out = [Reading(m.due, tuple(rule))]
    seen = {m.due}
    for k in sorted(range(len(art.sentences)), key=lambda k: abs(k - i)):
        q = art.sentences[k]
        gap = abs(k - i)
        if gap > REACH:
            break
        src = "same" if gap == 0 else ("prev" if k < i else "next") if gap == 1 else "near" if gap <= 3 else "far"
        if gap > 1:
            src += ":para" if q.paragraph == s.paragraph else ":other"
        for d, due in memo.setdefault(k, readings_in(art, k)):
            if due in seen:
                continue
            seen.add(due)
            f = [f"src:{src}", *common, *_mention_features(art, d, due, q.start, q.end)]
            f += [*_sentence_features(art, k, what, [o for o in found if o is not m]), f"odue:{int(due in dues)}"]
            if own is not None and d.start == own.start:
                f.append("variant")  # the rules' own mention, another year or reading of it
            elif own is not None:
                f.append("vs:later" if d.span.start > own.span.start else "vs:earlier")  # type: ignore[union-attr]
                f.append(f"vs|src:{f[-1][3:]}|{src}")
            if len(due) != len(m.due):
                f.append("finer" if len(due) > len(m.due) else "coarser")
            if k == i:
                f.append(f"side:{'in' if what_lo <= d.start < what_hi else 'before' if d.start < what_lo else 'after'}")
            out.append(Reading(due, tuple(f)))
    if art.published is not None:
        # a step told as done is due on the report that confirms it (GUIDE.md)
        for back, src in ((0, "pub"), (1, "pub-1")):
            due = (art.published - timedelta(days=back)).isoformat()
            if due not in seen:
                seen.add(due)
                out.append(Reading(due, (f"src:{src}", *common, f"src|done:{src}|{int(m.done)}", f"src|rwhen:{src}|{common[-2]}")))
    return out


def _sentence_of(art: Document, evidence: str) -> int | None:
    for k, s in enumerate(art.sentences):
        if s.text == evidence:
            return k
    return None


@dataclass
class Item(Scored):
    #: per emitted milestone: its readings (due, features, label); the rules' first
    alts: list[list[tuple[str, tuple[str, ...], int]]] = field(default_factory=list)
    #: per emitted milestone and reading: would a second milestone at that due pair a gold none pairs?
    adds: list[list[int]] = field(default_factory=list)


def _item(r: learnkit.Read, score) -> Item:
    it = Item(r.fold, r.name, list(r.gold.get("milestones") or []))
    if r.art is None:
        return it
    art = r.art
    memo: dict = {}
    found = learned.revise(art, find_milestones(art))
    it.preds = [{"what": m.what, "due": m.due, "evidence": m.evidence} for m in found]
    pairs = score.match(it.golds, it.preds, score.milestone_pair)[3]
    owner = {id(g): id(p) for g, p in pairs}
    free = [g for g in it.golds if not g.get("optional") and id(g) not in owner]
    for m, base in zip(found, it.preds, strict=True):
        golds = [g for g in it.golds if not g.get("optional") and owner.get(id(g), id(base)) == id(base)]
        alts, adds = [], []
        for rd in readings(art, m, memo, found):
            d = {**base, "due": rd.due}
            alts.append((rd.due, rd.features, int(any(score.milestone_pair(g, d) > 0 for g in golds))))
            adds.append(int(any(score.milestone_pair(g, d) > 0 for g in free)))
        it.alts.append(alts)
        it.adds.append(adds)
    return it


def fit(items: list[Item], c: float) -> Scorer:
    """Replacing: fitted on the milestones whose readings disagree (one right among wrong ones)."""
    rows = [a for it in items for alts in it.alts if 0 < sum(y for _, _, y in alts) < len(alts) for a in alts]
    return _fit([f for _, f, _ in rows], [y for _, _, y in rows], c, balanced=True)


def fit_add(items: list[Item], c: float) -> Scorer:
    """--add: fitted on every other reading, calibrated (a threshold reads its probability)."""
    X = [f for it in items for alts in it.alts for _, f, _ in alts[1:]]
    y = [lab for it in items for a in it.adds for lab in a[1:]]
    return _fit(X, y, c, balanced=False)


def _fit(X: Sequence[Sequence[str]], y: Sequence[int], c: float, balanced: bool) -> Scorer:
    """learnkit.fit_binary's model by liblinear, some fifty times faster: the nested folds fit ~1,000 times."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    m = vec.fit_transform([dict.fromkeys(f, 1) for f in X]).tocsr()
    m.indices, m.indptr = m.indices.astype("int32"), m.indptr.astype("int32")  # liblinear's index type
    clf = LogisticRegression(C=c, solver="liblinear", class_weight="balanced" if balanced else None)
    clf.fit(m, list(y))
    names = vec.get_feature_names_out()
    weights = {n: round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= 1e-3}
    return Scorer(weights, round(float(clf.intercept_[0]), 4))


Probs = dict[int, list[list[float]]]


def _probabilities(m: Scorer, it: Item) -> list[list[float]]:
    return [[m.probability(f) for _, f, _ in alts] for alts in it.alts]


def counts(items: list[Item], idx, probs: Probs, cut: float, score, add: bool) -> tuple[int, int, int, int]:
    """(tp, fp, fn, dues changed or added): each milestone takes its best reading when it beats the
    rules' by ``cut``; with ``add``, a second milestone at the best other reading scored ``cut`` or above."""
    tp = fp = fn = moved = 0
    for k in idx:
        it = items[k]
        preds, extra, taken = [], [], {(p["due"], p["what"].lower()) for p in it.preds}
        for p, alts, ps in zip(it.preds, it.alts, probs.get(k, [[]] * len(it.preds)), strict=True):
            n = 0
            if len(ps) > 1:
                best = max(range(1, len(ps)), key=ps.__getitem__)
                n = best if ps[best] - (0.0 if add else ps[0]) >= cut else 0
            if n and (alts[n][0], p["what"].lower()) not in taken:
                taken.add((alts[n][0], p["what"].lower()))
                moved += 1
                extra.append({**p, "due": alts[n][0]})
                preds.append(p) if add else None
            else:
                preds.append(p)
        a, b, c, _ = score.match(it.golds, preds + extra, score.milestone_pair)
        tp, fp, fn = tp + a, fp + b, fn + c
    return tp, fp, fn, moved


def choose(items: list[Item], idx: list[int], score, add: bool) -> tuple[float, float]:
    """(margin or threshold, C) best out of fold on ``idx``; on a tie the stricter one and the smaller C."""
    fitter = fit_add if add else fit
    best = max(
        (score.prf(*counts(items, idx, probs, cut, score, add)[:3])[2], cut, -c)
        for c in CS
        for probs in [learnkit.out_of_fold(items, idx, lambda train, c=c: fitter(train, c), _probabilities)]
        for cut in (THRESHOLDS if add else MARGINS)
    )
    return best[1], -best[2]


def out_of_fold(items: list[Item], score, add: bool) -> None:
    """Each training shard re-dated by a model whose C, margin and weights never saw it; pooled only."""
    folds = sorted({it.fold for it in items})
    rules, learnt, moved, won, lost = [0, 0, 0], [0, 0, 0], 0, 0, 0
    for fold in folds:
        train, held = learnkit.split(items, fold)
        cut, c = choose(items, train, score, add)
        model = (fit_add if add else fit)([items[k] for k in train], c)
        probs = {k: _probabilities(model, items[k]) for k in held}
        r = counts(items, held, {}, 9.0, score, add)[:3]
        *g, mv = counts(items, held, probs, cut, score, add)
        rules = [a + b for a, b in zip(rules, r, strict=True)]
        learnt = [a + b for a, b in zip(learnt, g, strict=True)]
        moved += mv
        f0, f1 = score.prf(*r)[2], score.prf(*g)[2]
        won, lost = won + (f1 > f0 + 1e-9), lost + (f1 < f0 - 1e-9)
    name = "added" if add else "re-dated"
    for label, t in (("rules", rules), (name, learnt)):
        p, rc, f = score.prf(*t)
        print(f"out of fold {label:8s} milestones F1 {f:.3f} (P {p:.3f} / R {rc:.3f})  tp {t[0]} fp {t[1]} fn {t[2]}")
    print(f"dues {name} {moved}; folds won {won}, lost {lost}, of {len(folds)}", flush=True)


def diagnose(items: list[Item], score) -> None:
    every = list(range(len(items)))
    rules = score.prf(*counts(items, every, {}, 9.0, score, False)[:3])
    oracle = {
        k: [[float(y) + 0.5 * (n == 0) for n, (_, _, y) in enumerate(alts)] for alts in it.alts]
        for k, it in enumerate(items)
    }
    best = score.prf(*counts(items, every, oracle, 0.3, score, False)[:3])
    n = sum(len(it.alts) for it in items)
    fixable = sum(1 for it in items for alts in it.alts if alts and not alts[0][2] and any(y for _, _, y in alts[1:]))
    free = sum(sum(a[1:]) for it in items for a in it.adds)
    print(
        f"{n} milestones, {sum(len(a) for it in items for a in it.alts) / max(n, 1):.1f} readings each; "
        f"another reading would pair where the rules' does not for {fixable} (ceiling F1 {rules[2]:.3f} -> "
        f"{best[2]:.3f}); {free} other readings would pair a gold no milestone pairs with",
        flush=True,
    )


def where(reads: list[learnkit.Read], score) -> None:
    """Where each missed gold milestone's due lies, pooled counts only: whether an emitted milestone
    shares a word with it (none / one free / only ones paired with other golds), and whether its due
    is resolved in the story (in the sentence of such a milestone or the next: "near")."""
    tally: Counter[str] = Counter()
    for r in reads:
        if r.art is None:
            continue
        art = r.art
        golds = [g for g in r.gold.get("milestones") or [] if not g.get("optional")]
        found = learned.revise(art, find_milestones(art))
        preds = [{"what": m.what, "due": m.due, "evidence": m.evidence} for m in found]
        pairs = score.match(golds, preds, score.milestone_pair)[3]
        matched, used = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
        told: dict[str, set[int]] = {}
        for k in range(len(art.sentences)):
            for _, due in readings_in(art, k):
                told.setdefault(due, set()).add(k)
        for g in golds:
            if id(g) in matched:
                continue
            gd = str(g.get("due") or "")
            gw = score.words(g.get("what", "") + " " + g.get("text_phrase", ""))
            near = [p for p in preds if gw & score.words(p["what"] + " " + p["evidence"])]
            free = [p for p in near if id(p) not in used]
            group = "no milestone shares a word" if not near else "a free one shares" if free else "only paired ones share"
            at = {k for due, ks in told.items() if due.startswith(gd) for k in ks}
            ev = {k for k, s in enumerate(art.sentences) if s.text in {p["evidence"] for p in free or near}}
            if not at:
                how = "its due resolved nowhere"
                tally[f"  (resolved nowhere: {_unresolved(art, gd, told)})"] += 1
            elif ev and any(0 <= a - e <= 1 for a in at for e in ev):
                how = "its due resolved near"
            else:
                how = "its due resolved elsewhere"
            tally[f"{group}, {how}"] += 1
    for key, n in sorted(tally.items()):
        print(f"{n:5d}  {key}")


def _unresolved(art: Document, gd: str, told: dict[str, set[int]]) -> str:
    """How a gold due no reading of the story resolves relates to the readings there are."""
    prec = {4: "year", 7: "month", 10: "day"}.get(len(gd), "other")
    if any(d.span.due().startswith(gd) for d in art.dates if d.span):
        how = "a raw date mention has it, the rules' reading moved it"
    elif any(gd.startswith(x) for x in told):
        how = "only coarser readings"
    elif len(gd) > 4 and any(len(x) >= len(gd) and x[4 : len(gd)] == gd[4:] for x in told):
        how = "its month/day in another year"
    elif art.published and gd[:7] == art.published.isoformat()[:7]:
        how = "in the report's month"
    elif any(x[:4] == gd[:4] for x in told):
        how = "another month/day of a year read"
    else:
        how = "a year no reading has"
    return f"{prec}, {how}"


def main() -> int:
    global REACH
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reach", type=int, default=REACH, help="sentences either side a reading comes from")
    ap.add_argument("--add", action="store_true", help="add a second milestone instead of re-dating")
    ap.add_argument("--with-read", action="store_true", help="train on the read shards too")
    ap.add_argument("--where", action="store_true", help="where the missed golds' dues lie (counts)")
    ap.add_argument("--cache", type=Path, help="read the items from this pickle, or write it (development)")
    args = ap.parse_args()
    REACH = args.reach
    shards = FIT_SHARDS + (READ_SHARDS if args.with_read else "")
    score = load_scorer()
    started = time.perf_counter()
    if args.where:
        where(list(read_all(Extractor(), acled=False, shards=shards)), score)
        return 0
    if args.cache and args.cache.exists():
        items = [Item(*row) for row in pickle.loads(args.cache.read_bytes())]
    else:
        items = [_item(r, score) for r in read_all(Extractor(), acled=False, shards=shards)]
        if args.cache:
            args.cache.write_bytes(pickle.dumps([astuple(it) for it in items]))
    print(f"{len(items)} articles of {len(shards)} shards ({time.perf_counter() - started:.1f}s)", flush=True)
    diagnose(items, score)
    out_of_fold(items, score, args.add)
    return 0


if __name__ == "__main__":
    sys.exit(main())
