"""A learned second look at milestones: is this date the due date of a commitment in the article?

The rules (milestones.py) accept a date as due only behind a listed cue; on unseen news they miss
commitments told in other words. A logistic model over each date mention's surroundings (lemmas
before and after, the preposition, tense and modal cues, step words in the sentence, the date's
kind and precision, whether it lies ahead of the report, and why the rules' policy would refuse it)
scores every mention. A mention no rule milestone is due at becomes a milestone when the model finds
it likely enough a due date and the rules' policy (policy(): no rule milestone's sentence but for a
later date ahead of the report, milestones.plan_refusals: a plan ahead of the report, on forces,
missions or truces, no exercise, not negated, not asked) refuses it for no reason but those the model
was trained to weigh (``soft``: a step told as done before the report, say, which the policy alone
would never add). The model (the "finder") is trained on every mention of the fit shards (learnkit:
check shards no rule was fitted to, where the rules' misses look like unseen ones), the rules'
milestones included, without the rules' decision as a feature; its setting is chosen by folds over
those shards. It ships as data/milestone_model.json (made by `make train`, see
benchmarks/train_milestones.py, only when it raises the judge shards' milestone F1; a file there
versions the extractor like any data file), read on first use; scoring is a sum of weights, so
nothing beyond the standard library runs. The model format can also drop rule milestones it doubts
(``keeps``, ``drop``); the shipped finder never does.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from reporter.extract.dates import DateMention
from reporter.extract.document import Document
from reporter.extract.lapses import anchored, is_lapse
from reporter.extract.lemmas import lemma, lemma_form
from reporter.extract.milestones import mention_due, plan_refusals, refused_unread, step_clause
from reporter.extract.text import words
from reporter.logistic import Scorer
from reporter.models import Milestone

MODEL_PATH = Path(__file__).parent / "data" / "milestone_model.json"

#: Words of a step, a commitment, a tense and a subject: the sentence-level cues, as lemmas.
_STEPS = frozenset(
    lemma(w)
    for w in words(
        """withdraw withdrawal exit leave depart departure pullout drawdown handover hand transfer end conclude
        vacate closure close redeploy relocate complete completion finish deploy deployment arrive arrival
        expire expiry extend extension disarm release return terminate cessation ceasefire truce mission
        mandate presence phase remain stay reduce sign take effect force"""
    )
)
_COMMITS = frozenset(
    lemma(w)
    for w in words(
        """will would shall plan agree pledge promise vow commit expect schedule slate due aim intend deadline
        timetable timeline roadmap require order demand must ultimatum set give decide approve announce
        propose call should could might"""
    )
)
_SUBJECTS = frozenset(
    lemma(w)
    for w in words(
        """troops troop forces force soldiers military mission coalition base bases army militia fighters navy
        peacekeepers contingent personnel hostages prisoners detainees ceasefire truce unifil nato brigade"""
    )
)
_NEGATIONS = frozenset(("not", "never", "no", "n't", "without"))
_BEFORE = 6
_AFTER = 5


@dataclass(frozen=True, slots=True)
class Model:
    #: scores a mention no rule milestone is due at: is it a due date the rules missed?
    adds: Scorer
    #: scores a mention a rule milestone was made from: is it really a due date?
    keeps: Scorer
    #: add a milestone for a mention the rules missed at or above this probability (above 1: never)
    add: float
    #: drop a rule milestone whose date scores below this probability (0: never)
    drop: float
    #: the policy's refusals (Candidate.refused) the model weighs as features rather than obeys
    soft: frozenset[str] = frozenset()
    #: scores a mention refused only softly (a step told as done): a finder of its own, trained where
    #: such steps are annotated, so the plans ahead keep ``adds`` (None: ``adds`` scores both)
    done: Scorer | None = None
    #: add such a step at or above this probability
    done_add: float = 1.01

    def may_add(self, c: Candidate) -> bool:
        """The rules' policy refuses ``c`` for no reason but those the model weighs (``soft``)."""
        return self.weighs(c.refused)

    def weighs(self, refused: Sequence[str]) -> bool:
        """Every one of the policy's refusals is one the model weighs (``soft``): none or only those."""
        return self.weighed.issuperset(refused)

    @property
    def weighed(self) -> frozenset[str]:
        """The refusals the model weighs rather than obeys."""
        return self.soft & SOFTENABLE

    def is_done_step(self, c: Candidate) -> bool:
        """``c`` is refused, and only softly: the done finder's to weigh."""
        return bool(c.refused) and self.may_add(c)

    def threshold(self, c: Candidate) -> float:
        """The probability at which ``c`` is added: the done finder's own for a step told as done."""
        return self.done_add if self.done is not None and self.is_done_step(c) else self.add


@dataclass(frozen=True, slots=True)
class Candidate:
    mention: DateMention
    sentence: int
    due: str
    features: tuple[str, ...]
    #: a rule milestone of the article is due then already: only a drop, never an addition, is in question
    covered: bool
    #: the step an addition would name, and why the rules' policy refuses to add it (none: it may)
    what: str = ""
    refused: tuple[str, ...] = ()


def features(art: Document, d: DateMention, sentence: int, due: str, ruled: bool, ruled_here: bool) -> list[str]:
    """The names of the features a date mention has; ``ruled`` when the rules made a milestone
    due then from this sentence, ``ruled_here`` when they made any from this sentence."""
    assert d.span is not None
    s = art.sentences[sentence]
    toks, lems = art.tokens, art.lemmas
    s0, s1 = art.token_index(s.start), art.token_index(s.end)
    i, j = art.token_index(d.start), art.token_index(d.end)
    mention = art.text[d.start : d.end].lower()
    out = [f"k:{d.kind}", f"p:{d.span.precision}", f"r:{int(ruled)}", f"rs:{int(ruled_here)}"]
    first = mention.split(None, 1)[0] if mention.strip() else ""
    if not first[:1].isdigit():
        out.append(f"m0:{first}")
    p = art.published
    yearless = not any(c.isdigit() for c in mention) or not any(
        len(t) == 4 and t.isdigit() for t in mention.replace(",", " ").split()
    )
    if p is None:
        when = "undated"
    elif d.span.start > p:
        when = "ahead"
    elif d.span.end < p:
        when = "behind" if (p - d.span.end).days > 31 else "recent"
    else:
        when = "now"
    out += [f"t:{when}", f"y:{int(yearless)}", f"t:{when}|y:{int(yearless)}", f"t:{when}|k:{d.kind}"]
    if due != d.span.due():
        out.append("due:moved")  # the rules' year-ahead or end-of-month reading changed it
    # The words right before the date, by position, then as a bag on each side.
    for k in range(1, 3):
        if i - k >= s0:
            out.append(f"p{k}:{lems[i - k]}")
    if i - 2 >= s0:
        out.append(f"pp:{lems[i - 2]}_{lems[i - 1]}")
    past = modal = neg = False
    for k in range(max(s0, i - _BEFORE), i):
        out.append(f"b:{lems[k]}")
    for k in range(max(s0, i - 15), i):
        norm = toks[k].norm
        form = lemma_form(norm)[1]
        past = past or form in ("ed", "past")
        modal = modal or norm in ("will", "would", "shall", "must")
        neg = neg or norm in _NEGATIONS
    for k in range(j, min(s1, j + _AFTER)):
        out.append(f"a:{lems[k]}")
    if j < s1:
        out.append(f"a1:{lems[j]}")
    out += [f"past:{int(past)}", f"modal:{int(modal)}", f"neg:{int(neg)}", f"past|modal:{int(past)}{int(modal)}"]
    # The sentence as a whole: its steps, commitments and subjects.
    sent = set(lems[s0:s1])
    out += [f"ss:{w}" for w in sent & _STEPS]
    out += [f"sc:{w}" for w in sent & _COMMITS]
    subj = bool(sent & _SUBJECTS) or any(
        set(lems[art.token_index(o.start) : art.token_index(o.end)]) & _SUBJECTS
        for o in art.sentences[max(0, sentence - 2) : sentence]
    )
    out.append(f"subj:{int(subj)}")
    n_dates = len(art.dates_in(s.start, s.end))
    out.append(f"nd:{min(n_dates, 3)}")
    out.append(f"para0:{int(s.paragraph == 0)}")
    return out


def candidates(art: Document, found: Sequence[Milestone], model: Model | None = None) -> list[Candidate]:
    """Every resolved date mention with its features, given the rules' milestones ``found``; with a
    ``model``, only those it may act on: no mention a rule milestone is due at when it never drops,
    and none the rules' policy refuses for a reason it does not weigh (apply() adds none of those,
    and their features, a third of the cost, are not read)."""
    by_sentence: dict[str, list[str]] = {}
    for m in found:
        by_sentence.setdefault(m.evidence, []).append(m.due)
    dues = {m.due for m in found}
    evidence = set(by_sentence)
    out = []
    for d in art.dates:
        if d.span is None or d.kind == "since" or art.in_dateline(d.start):
            continue  # a page stamp or dateline dates the report, never a step
        i = art.sentence_index(d.start)
        # with no rule milestone, no mention is covered: one refused whatever its step needs no due either
        if model is not None and not found and refused_unread(art, i, d, False, model.weighed):
            continue
        if is_lapse(art, d):
            # "Under the November 27 truce, troops were to leave within 60 days": a stretch counts from its
            # anchor as the rules read it (the truce's day), not from the report; one the rules can anchor
            # to no day gives no due
            d = next((a for a in anchored(art, i, art.dates_in(art.sentences[i].start, art.sentences[i].end)) if a.start == d.start), d)
            if d.span is None:
                continue
        due = mention_due(art, d)
        ruled = by_sentence.get(art.sentences[i].text, [])
        hit = any(r.startswith(due) or due.startswith(r) for r in ruled)
        covered = any(_same_due(r, due) for r in dues)
        if covered:
            if model is None or model.drop > 0:
                out.append(Candidate(d, i, due, tuple(features(art, d, i, due, hit, bool(ruled))), covered))
            continue
        if model is not None and found and refused_unread(art, i, d, True, model.weighed):
            continue  # refused whatever its step: none is looked for (apply() adds no refused mention)
        what, refused = policy(art, evidence, bool(found), d, i, None if model is None else model.weighed)
        if model is not None and not model.weighs(refused):
            continue
        feats = features(art, d, i, due, hit, bool(ruled)) + ([f"v:{r}" for r in refused] or ["v:none"])
        out.append(Candidate(d, i, due, tuple(feats), covered, what, refused))
    return out


def _same_due(a: str, b: str) -> bool:
    """One due told at two precisions ("2025-09", "2025-09-30"); a year alone is the same only as itself."""
    return a == b or (min(len(a), len(b)) >= 7 and (a.startswith(b) or b.startswith(a)))


def probability(model: Model, c: Candidate) -> float:
    """For a covered mention, the probability that it is due (a drop is in question); else that it is
    a due date the rules missed (an addition is)."""
    if c.covered:
        return model.keeps.probability(c.features)
    if model.done is not None and model.is_done_step(c):
        return model.done.probability(c.features)
    return model.adds.probability(c.features)


def apply(art: Document, found: Sequence[Milestone], scored: Sequence[tuple[Candidate, float]], model: Model) -> list[Milestone]:
    """The rules' milestones less those scored below the model's ``drop``, plus mentions scored at its
    threshold or above that the rules' policy does not refuse (but for the refusals the model weighs),
    the likeliest first, one per due date."""
    low = {(art.sentences[c.sentence].text, c.due) for c, p in scored if c.covered and p < model.drop}
    out = [m for m in found if m.done or (m.evidence, m.due) not in low]
    dues = {m.due for m in out}
    # (a month the rules read in a sentence with the year its story gives, "a November 2024 truce required
    # a pullout by late January": the same words read with another year are no second step)
    read_months = {(m.evidence, m.due[4:]) for m in found if len(m.due) >= 7}
    for c, p in sorted(scored, key=lambda cp: -cp[1]):
        if c.covered or any(_same_due(c.due, x) for x in dues) or not model.may_add(c) or p < model.threshold(c):
            continue
        if len(c.due) >= 7 and (art.sentences[c.sentence].text, c.due[4:]) in read_months:
            continue
        dues.add(c.due)
        span = c.mention.span
        done = art.published is not None and span is not None and span.start <= art.published  # a past step
        out.append(Milestone(what=c.what, due=c.due, evidence=art.sentences[c.sentence].text, done=done))
    return out


#: The only refusal a model may weigh rather than obey: the time one (a step told as done, dated at
#: or before the report; an undated page's years-old date stays history, as the rules hold). Every other refusal guards "is this a
#: commitment of a force at all" (off topic, an exercise, negated, asked, a release of no captive,
#: a second plan, a step too short to name, a done step with no step word or force of its own) and
#: stands whatever a model file says: a finder fitted to one annotation's habits must not let
#: through what the GUIDE refuses.
SOFTENABLE = frozenset(("past",))


def policy(
    art: Document, ruled: set[str], on_topic: bool, d: DateMention, i: int, weighed: frozenset[str] | None = None
) -> tuple[str, tuple[str, ...]]:
    """The step a mention no rule milestone is due at would add, and every reason the rules' policy
    refuses it (none: it may be added). ``ruled``: the rules' evidence sentences; ``on_topic``: a
    story of commitments, whose steps need no word of forces in their own sentence. ``weighed``: the
    refusals a model weighs; given, the reasons stop at the first other one (the mention is then
    refused whatever follows, and its step is not looked for when no step is needed to refuse it)."""
    s = art.sentences[i]
    span = d.span
    why: list[str] = []
    if s.text in ruled and (d.kind == "relative" or art.published is None or span is None or span.start <= art.published):
        # the rules chose which date bounds this sentence's step; another date on the calendar
        # ahead of a dated report is a second plan ("leave the valley by March, and a review is
        # set for September"), where a span counted from the report ("within 90 days") is the
        # rules' own date counted from another anchor ("of the signing on April 1")
        why.append("ruled")
        if weighed is not None and "ruled" not in weighed:
            return "", tuple(why)
    what = step_clause(art, i, d) or s.text[: d.start - s.start].strip(" ,;:")
    if len(what.split()) < 2:
        return what, (*why, "short")
    why += plan_refusals(art, i, d, what, on_topic, weighed=weighed)
    if s.text in ruled and not {lemma(w) for w in words(what)} & (_STEPS | _COMMITS):
        why.append("second")  # a second plan names its own step or commitment; "others speak of <date>" is the first's
    return what, tuple(why)


def revise(art: Document, found: list[Milestone], model: Model | None = None) -> list[Milestone]:
    """The rules' milestones revised by the model (unchanged when no model ships)."""
    model = model or load()
    if model is None or not art.dates:
        return found
    scored = [(c, probability(model, c)) for c in candidates(art, found, model)]
    return apply(art, found, scored, model)


M = TypeVar("M")


class ShippedModel(Generic[M]):
    """A learned layer's model file, read on first use; None when absent (the rules alone then).

    ``use`` puts another model (or None) in its place: training's cross-validation and tests.
    """

    def __init__(self, path: Path, parse: Callable[[dict], M]) -> None:
        self.path, self._parse = path, parse
        self._loaded: list[M | None] = []

    def read(self, path: Path) -> M | None:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        return self._parse(raw)

    def load(self) -> M | None:
        if not self._loaded:
            self._loaded.append(self.read(self.path))
        return self._loaded[0]

    def use(self, model: M | None) -> None:
        self._loaded[:] = [model]

    def forget(self) -> None:
        """The next use reads the shipped file again."""
        self._loaded.clear()


def _parse(raw: dict) -> Model:
    return Model(
        adds=_scorer(raw["adds"]),
        keeps=_scorer(raw["keeps"]),
        add=float(raw["add"]),
        drop=float(raw["drop"]),
        soft=frozenset(raw.get("soft", ())) & SOFTENABLE,
        done=_scorer(raw["done"]) if "done" in raw else None,
        done_add=float(raw.get("done_add", 1.01)),
    )


def _scorer(raw: dict) -> Scorer:
    return Scorer(weights={str(k): float(v) for k, v in raw["weights"].items()}, bias=float(raw["bias"]))


SHIPPED = ShippedModel(MODEL_PATH, _parse)
use, load, read = SHIPPED.use, SHIPPED.load, SHIPPED.read
