"""A learned second look at troop posture: is this number a troop level, whose and where?

The rules (posture.py) take a number as a level only in listed phrases and read its force and place
by their own steps; on unseen news most missed levels are plain numbers the phrases do not fit, or
figures read with another force or country than the text's. Three logistic models over general
features (positions and distances, kinds of names, the lemmas around a number; no party's or
place's name) revise the rules' items:

- the finder scores every number the rules' policy allows as a level (posture.figure_refusal:
  bounds, changes, counts of other things, sized units, police or harmed troops stay refused);
- the chooser scores each reading of such a number, a force and a place among those named in its
  sentence and the three before and those of the rules' items (posture.level_at's reading, and the
  rules' items, are features of a reading, not vetoes);
- the keeper scores each rule item.

A rule item the keeper doubts (below ``drop``) goes; a rule item's force and place give way to its
figure's best reading when that reading is likelier by ``swap``, but a side (force or place) the
figure's own sentence names stays the rules' ("1,200 soldiers in Mali and some 400 in Niger": the
place told with a figure is its place, however likely the chooser finds the one before); a number of a count no rule item
has becomes a level of its best reading when P(level) * P(reading) reaches ``add``. The models are
trained on the check shards the rules were never fitted to (benchmarks/train_posture.py, the
seventeenth session's fit shards), with the thresholds chosen there out of fold, and ship as
data/posture_model.json only when they raise the judge shards' posture F1 (`make train`); read on
first use, scored as sums of weights (reporter.logistic.Scorer), so nothing beyond the standard library runs.
Without the file, posture is the rules' alone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reporter.extract.document import Document
from reporter.extract.learned import ShippedModel
from reporter.extract.lexicon import Mention
from reporter.extract.posture import (
    CUE_WORDS,
    SMALLEST,
    actor_of,
    figure_refusal,
    level_at,
    parse_count,
    region_force,
    where_of,
)
from reporter.logistic import Scorer
from reporter.models import Posture

MODEL_PATH = Path(__file__).parent / "data" / "posture_model.json"

#: A number written in digits, thousands grouped by commas, spaces or full stops; not a decimal.
_DIGITS = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[,\u00a0\u202f .]\d{3})+(?![\d]|[.,]\d)|(?<![\w.,])\d+(?![\d]|[.,]\d)"
)
_BEFORE = 5
_AFTER = 4


@dataclass(frozen=True, slots=True)
class Model:
    #: is this number a troop level?
    finder: Scorer
    #: is this (force, place) the level's, given that the number is one?
    chooser: Scorer
    #: is this rule item right?
    keeper: Scorer
    #: add a level at or above this P(level) * P(reading) (above 1: never)
    add: float
    #: a rule item takes the chooser's reading when it is this much likelier (above 1: never)
    swap: float = 2.0
    #: drop a rule item the keeper finds less likely than this (0: never)
    drop: float = 0.0


@dataclass(frozen=True, slots=True)
class Candidate:
    sentence: int
    start: int
    end: int
    count: int
    features: tuple[str, ...]


def candidates(art: Document) -> list[Candidate]:
    """Every number of at least a level's least size in the article, with its features."""
    text, lems, toks = art.text, art.lemmas, art.tokens
    troop_sents: set[int] | None = None
    out = []
    for m in _DIGITS.finditer(text):
        count = parse_count(m.group(0))
        if count is None or count < SMALLEST or art.in_dateline(m.start()):
            continue
        if troop_sents is None:
            troop_sents = art.sentences_with([t.start for t in toks if t.norm in CUE_WORDS])
        i = art.sentence_index(m.start())
        s = art.sentences[i]
        s0, s1 = art.token_index(s.start), art.token_index(s.end)
        a, b = art.token_index(m.start()), art.token_index(m.end())
        f = [f"mag:{int(math.log10(count))}", f"round:{int(count % 100 == 0)}", f"ts:{int(i in troop_sents)}"]
        f.append(f"tp:{int(i - 1 in troop_sents)}")
        f.append(f"yr:{int(len(m.group(0)) == 4 and 1900 <= count <= 2100)}")
        f.append(f"grp:{int(not m.group(0).isdigit())}")
        after = text[m.end() : m.end() + 1]
        if after in "%-":
            f.append(f"c:{after}")
        before = text[max(0, m.start() - 1) : m.start()]
        if before in "$£€":
            f.append("c:cur")
        for k in range(1, 3):
            if a - k >= s0:
                f.append(f"p{k}:{lems[a - k]}")
            if b + k - 1 < s1:
                f.append(f"n{k}:{lems[b + k - 1]}")
        f += [f"b:{lems[k]}" for k in range(max(s0, a - _BEFORE), a)]
        f += [f"a:{lems[k]}" for k in range(b, min(s1, b + _AFTER))]
        if b < s1 and b + 1 < s1:
            f.append(f"nn:{lems[b]}_{lems[b + 1]}")
        out.append(Candidate(i, m.start(), m.end(), count, tuple(f)))
    return out


#: The policy refusals a learned level never overrides (posture.figure_refusal); "bare" is a feature.
_VETOES = frozenset(("bound", "other", "sized", "noun"))
#: The forces and the places a chooser weighs for one figure: the nearest of each in the window.
_NEAREST = 6


@dataclass(frozen=True, slots=True)
class Option:
    """One reading of a figure: whose troops and where, with the features of that choice."""

    force: str
    country: str
    features: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Figure:
    """A number the policy allows as a level: the finder's features (with what the rules' phrase
    makes of it), the readings a chooser weighs, and what a level read from it would carry."""

    count: int
    features: tuple[str, ...]
    options: tuple[Option, ...]
    qualifier: str | None
    evidence: str
    #: the forces of its readings that are missions (posture._mission_of's resolutions)
    missions: frozenset[str] = frozenset()
    #: the alliances, coalitions and missions the article names ("NATO", "CSTO"): a rule item whose
    #: force is one of them keeps it (_held)
    alliances: frozenset[str] = frozenset()
    #: the countries those missions serve in: a rule item placed in one keeps its place (decide)
    hosts: frozenset[str] = frozenset()


def _bucket(n: int) -> str:
    return (
        "0" if n <= 0 else "1" if n == 1 else "2" if n <= 3 else "4" if n <= 7 else "8" if n <= 15 else "16"
    )


def _rank(n: int) -> str:
    return str(min(n, 3))


def _named(art: Document, i: int, a: int, b: int, read) -> dict[str, tuple[Mention, int]]:
    """Each name ``read`` gives a mention of sentences i-3..i, with its mention nearest the figure
    (tokens a..b) and that distance in tokens."""
    out: dict[str, tuple[Mention, int]] = {}
    for m in art.mentions_in(art.sentences[max(0, i - 3)].start, art.sentences[i].end):
        name = read(m)
        if not name:
            continue
        d = a - m.last if m.last <= a else m.first - b
        if name not in out or abs(d) < abs(out[name][1]):
            out[name] = (m, d)
    return out


def _side(art: Document, tag: str, i: int, m: Mention | None, d: int, rank: int, freq: int) -> list[str]:
    """The general features of one side of a reading (the force, tag "f"; the place, "k"): where its
    nearest mention is from the figure, what kind of name it is, the words around it."""
    if m is None:
        return [f"{tag}s:x", f"{tag}q:{_rank(freq)}"]
    lems = art.lemmas
    kind = next(
        (e.kind for e in m.entries if e.kind in ("actor", "country", "demonym", "capital", "place")), ""
    )
    side = "b" if d >= 0 else "a"
    f = [
        f"{tag}s:{i - art.sentence_index(m.start)}",
        f"{tag}d:{side}{_bucket(abs(d))}",
        f"{tag}o:{_rank(rank)}",
        f"{tag}o{side}:{_rank(rank)}",
        f"{tag}k:{kind}",
        f"{tag}q:{_rank(freq)}",
    ]
    if m.first > 0:
        f.append(f"{tag}w:{lems[m.first - 1]}")
    if m.last < len(lems):
        f.append(f"{tag}n:{lems[m.last]}")
    return f


def figures(art: Document, found: Sequence[Posture], cands: Sequence[Candidate]) -> list[Figure]:
    """The candidates the rules' policy allows as levels, each with its readings."""
    out = []
    forces_of, places_of = {p.force for p in found}, {p.country for p in found}
    pairs_of = {(p.force, p.country) for p in found}
    freq_f: dict[str, int] | None = None
    alliances: frozenset[str] | None = None
    for c in cands:
        why = figure_refusal(art, c.sentence, c.start, c.end)
        if why in _VETOES:
            continue
        levels = [p for p in level_at(art, c.sentence, c.start, c.end) if p.count == c.count]
        if freq_f is None:
            freq_f, freq_k = {}, {}
            for m in art.mentions:
                for tally, name in ((freq_f, actor_of(m)), (freq_k, where_of(art, m))):
                    if name:
                        tally[name] = tally.get(name, 0) + 1
            rank_f = {n: k for k, n in enumerate(sorted(freq_f, key=lambda n: -freq_f[n]))}
            rank_k = {n: k for k, n in enumerate(sorted(freq_k, key=lambda n: -freq_k[n]))}
        a, b = art.token_index(c.start), art.token_index(c.end)
        near_f = _named(art, c.sentence, a, b, actor_of)
        near_k = _named(art, c.sentence, a, b, lambda m: where_of(art, m))
        lv_f, lv_k = {p.force for p in levels}, {p.country for p in levels}
        lv_pairs = {(p.force, p.country) for p in levels}
        side_f, side_k = {}, {}
        for near, extra, lv, rank, side, tag in (
            (near_f, forces_of, lv_f, rank_f, side_f, "f"),
            (near_k, places_of, lv_k, rank_k, side_k, "k"),
        ):
            by_dist = sorted(near, key=lambda n: abs(near[n][1]))[:_NEAREST]
            for name in {*by_dist, *extra, *lv}:
                m, d = near.get(name, (None, 0))
                f = _side(
                    art,
                    tag,
                    c.sentence,
                    m,
                    d,
                    by_dist.index(name) if name in by_dist else 9,
                    rank.get(name, 9),
                )
                f += [f"{tag}l:{int(name in lv)}", f"{tag}r:{int(name in extra)}"]
                side[name] = f
        opts = tuple(
            Option(fn, kn, (*ff, *fk, f"pl:{int((fn, kn) in lv_pairs)}", f"pr:{int((fn, kn) in pairs_of)}"))
            for fn, ff in side_f.items()
            for kn, fk in side_k.items()
            if fn != kn
        )
        feats = (*c.features, f"rf:{why}", f"lv:{int(bool(levels))}")
        qual = levels[0].qualifier if levels else None
        missions = frozenset(o.force for o in opts if o.force in art.missions)
        if alliances is None:
            alliances = frozenset(
                name for m in art.mentions if (e := m.of("actor")) is not None and e.sub == "coalition" and (name := actor_of(m))
            )
        hosts = frozenset(h for name in missions if (h := art.missions.get(name)) and h != name)
        out.append(Figure(c.count, feats, opts, qual, art.sentences[c.sentence].text, missions, alliances, hosts))
    return out


def keep_features(p: Posture, figs: Sequence[Figure]) -> tuple[str, ...]:
    """A rule item's features for the keeper: its status, and its figure's and reading's features."""
    status = p.qualifier.rpartition("(")[2].rstrip(")") if p.qualifier and "(" in p.qualifier else "none"
    fig = next((f for f in figs if f.count == p.count and f.evidence == p.evidence), None)
    if fig is None:
        return (f"rq:{status}", "nofig")  # a figure the candidates do not hold (a word, a small count)
    o = next((o for o in fig.options if (o.force, o.country) == (p.force, p.country)), None)
    return (f"rq:{status}", *fig.features, *(o.features if o else ("noopt",)))


def _held(o: Option, fig: Figure) -> tuple[bool, bool]:
    """Whether a reading's force and its place are held: named in the figure's own sentence, or
    (the force) a mission the rules read a body or a "UN force" as (the AU's troops in Somalia in
    a given year: its mission then), which no sentence names as such, or an alliance the article
    names (the rules read one only from a joint figure of its members or its own name, and the
    chooser, which sees no list of states, would give the total to the member named nearest)."""
    return "fs:0" in o.features or o.force in fig.missions or o.force in fig.alliances, "ks:0" in o.features


def decide(
    found: Sequence[Posture],
    figs: Sequence[Figure],
    found_p: Sequence[float],
    chosen_p: Sequence[Sequence[float]],
    kept_p: Sequence[float],
    model: Model,
    areas: frozenset[str] = frozenset(),
    regions: frozenset[str] = frozenset(),
) -> list[Posture]:
    """The rules' items revised by the scores: a rule item the keeper finds below ``drop`` goes; a
    rule item's force and place give way to its figure's best reading when that one's P(reading)
    beats theirs by ``swap``; a figure of a count no rule item has becomes the level of its best
    reading when P(level) * P(reading) reaches ``add``."""
    out = [p for p, k in zip(found, kept_p, strict=True) if k >= model.drop]
    keys = {(p.force, p.country, p.count) for p in out}
    ruled = {p.count for p in found}
    best: dict[int, tuple[float, Option, Figure]] = {}
    for fig, pf, pcs in zip(figs, found_p, chosen_p, strict=True):
        if not pcs:
            continue
        k = max(range(len(pcs)), key=pcs.__getitem__)
        if fig.count not in best or pf * pcs[k] > best[fig.count][0]:
            best[fig.count] = (pf * pcs[k], fig.options[k], fig)
        for j, p in enumerate(out):
            if p.count != fig.count or p.evidence != fig.evidence or p.force == p.country:
                continue  # a level at home: the rules read its ground ("its border") in words no reading names
            mine, held = next(
                (
                    (q, _held(x, fig))
                    for x, q in zip(fig.options, pcs, strict=True)
                    if (x.force, x.country) == (p.force, p.country)
                ),
                (0.0, (p.force in fig.missions, False)),
            )
            if p.country in fig.hosts:
                # the host of a mission named near the figure ("AUSSOM ... The force's troops come from
                # Uganda, with 4,500 troops, and Kenya"): the rules read the figure as a contingent of
                # the mission, and the chooser, which sees no mission's host, would take a party
                # named beside it for the place
                held = (held[0], True)
            if p.country in areas:
                # a world region the rules read ("45,000 in the region" after a country of it): no
                # reading the chooser weighs names one, so the rules' place stays
                held = (held[0], True)
            if p.force in regions:
                # a region's troops the rules read ("400 European troops"): no reading names that force
                held = (True, held[1])
            # a side the figure's own sentence names stays the rules' reading; the chooser picks
            # only among readings that keep it
            free = [
                n
                for n, x in enumerate(fig.options)
                if (x.force == p.force or not held[0]) and (x.country == p.country or not held[1])
            ]
            if not free:
                continue
            pick = max(free, key=pcs.__getitem__)
            o = fig.options[pick]
            if (o.force, o.country) == (p.force, p.country):
                continue
            if pcs[pick] - mine >= model.swap and (o.force, o.country, p.count) not in keys:
                keys.add((o.force, o.country, p.count))
                out[j] = Posture(
                    force=o.force,
                    country=o.country,
                    count=p.count,
                    qualifier=p.qualifier,
                    evidence=p.evidence,
                )
    for count, (score, o, fig) in best.items():
        key = (o.force, o.country, count)
        if count not in ruled and score >= model.add and key not in keys:
            keys.add(key)
            out.append(
                Posture(
                    force=o.force,
                    country=o.country,
                    count=count,
                    qualifier=fig.qualifier,
                    evidence=fig.evidence,
                )
            )
    return out


def scores(
    art: Document, found: Sequence[Posture], model: Model
) -> tuple[list[Figure], list[float], list[list[float]], list[float]]:
    """The article's figures and the model's three scores: P(level) of each figure, P(reading) of
    each of its readings, and P(right) of each rule item."""
    cands = candidates(art)
    if model.add > 1:
        # No level is added: only the rule items' own figures are weighed, each its count in its
        # evidence sentence (decide and keep_features read no other figure), so no other figure's
        # readings are made (a read of its sentence and the three before: most of the cost).
        told = {(p.count, p.evidence) for p in found}
        cands = [c for c in cands if (c.count, art.sentences[c.sentence].text) in told]
    figs = figures(art, found, cands)
    pf = [model.finder.probability(f.features) for f in figs]
    pc = [[model.chooser.probability(o.features) for o in f.options] for f in figs]
    pk = [model.keeper.probability(keep_features(p, figs)) for p in found]
    return figs, pf, pc, pk


def revise(art: Document, found: list[Posture], model: Model | None = None) -> list[Posture]:
    """The rules' posture revised by the model (unchanged when no model ships)."""
    model = model or load()
    if model is None or (not found and model.add > 1):
        return found
    areas = frozenset(p.country for p in found if p.country not in art.lexicon.countries)
    regions = frozenset(p.force for p in found if region_force(p.force))
    return decide(found, *scores(art, found, model), model, areas, regions)


def _parse_model(raw: dict) -> Model:
    def scorer(part: dict) -> Scorer:
        return Scorer({str(k): float(v) for k, v in part["weights"].items()}, float(part["bias"]))

    return Model(
        scorer(raw["finder"]),
        scorer(raw["chooser"]),
        scorer(raw["keeper"]),
        float(raw["add"]),
        float(raw["swap"]),
        float(raw["drop"]),
    )


SHIPPED = ShippedModel(MODEL_PATH, _parse_model)
use, load = SHIPPED.use, SHIPPED.load
