"""A learned second look at event identity: which rows of the brief are one real event after all?

The rules (``reporter.brief.identity``, grouped by ``merge.group_incidents``) were fitted report by
report to the read corpus shards; on text nobody read they keep apart many reports of one event that
outlets told with another type, place or date precision. Two logistic models over what two reports
say (how their kinds and places relate, distance, date gap and precision, counts, tolls, parties,
weapons, targets, shared numbers, rare names and words (weighted by how few of the brief's reports
use them), one article or two, the rules' own score; never a name or a word itself) revise the rows:

- the keeper (not shipped: see benchmarks/train_identity.py) scores every pair of reports within a
  rule row; a row splits into the parts that no pair at or above ``split`` holds together;
- the joiner scores every pair of reports of two rows (one country or one without, dated within
  WINDOW_DAYS); two rows join, the likeliest first, when their best pair reaches ``join`` and no pair
  of their reports plainly differs (:func:`vetoed_pair`: the rules' conflicts, and the details the
  rules keep reports apart on, other targets or another count, always hold, so two drones at two
  airports the same night stay two rows); a row of undated reports told only of a province joins
  none (:func:`undated_and_wide`).

Statements (threats: key points, not rows) are left to the rules. The models are trained on the
corpus shards no rule was fitted to (benchmarks/train_identity.py, the fit shards), C and thresholds
chosen there by folds, and ship as data/identity_model.json only when they lower the judge shards'
rows per real event without raising their mixed rows (`make train`). The file is read on first use
and scored as sums of weights (pure Python). Without it the rows are the rules' alone.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from reporter.brief.identity import (
    STATEMENT_TYPES,
    Relation,
    below_country,
    content_words,
    distance_km,
    is_debris,
    kinds_relation,
    parties,
    place_relation,
    rare_names,
    shared_words,
    targets,
    type_group,
    weapons,
    where,
)
from reporter.logistic import Scorer

if TYPE_CHECKING:
    from reporter.brief.merge import Report

MODEL_PATH = Path(__file__).parent / "data" / "identity_model.json"

#: Two reports further apart than this (their date bounds, in days) are never scored.
WINDOW_DAYS = 7


@dataclass(frozen=True, slots=True)
class Model:
    #: scores two reports of two rows the rules keep apart: one event? (None: no row is joined)
    joins: Scorer | None
    #: two rows join when their likeliest pair of reports reaches this
    join: float = 1.01
    #: scores two reports of one row the rules made: one event? (None: no row is split)
    keeps: Scorer | None = None
    #: a row splits into the parts that no pair of reports at or above this holds together
    split: float = 0.0


def _weights(raw: dict | None) -> Scorer | None:
    return Scorer({str(k): float(v) for k, v in raw["weights"].items()}, float(raw["bias"])) if raw else None


def _parse(raw: dict) -> Model:
    return Model(
        _weights(raw.get("joins")), float(raw.get("join", 1.01)), _weights(raw.get("keeps")), float(raw.get("split", 0.0))
    )


class _Shipped:
    """The model file, read on first use (None when absent); ``use`` puts another in its place."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._loaded: list[Model | None] = []

    def load(self) -> Model | None:
        if not self._loaded:
            import json

            try:
                raw = json.loads(self.path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                raw = None
            self._loaded.append(_parse(raw) if raw else None)
        return self._loaded[0]

    def use(self, model: Model | None) -> None:
        self._loaded[:] = [model]

    def forget(self) -> None:
        self._loaded.clear()


SHIPPED = _Shipped(MODEL_PATH)

Bounds = tuple[date, date] | None


def _bin(value: float, edges: Sequence[float]) -> int:
    """The index of the first edge ``value`` is at or below (len(edges) past the last)."""
    return bisect_left(edges, value)


def _agree(x, y) -> str:
    if x is None and y is None:
        return "none"
    if x is None or y is None:
        return "one"
    return "eq" if x == y else "ne"


def _sets(x: frozenset, y: frozenset) -> str:
    if not x and not y:
        return "none"
    if not x or not y:
        return "one"
    return "share" if x & y else "apart"


def _precision(value: str | None) -> str:
    if not value:
        return "none"
    if "/" in value:
        return "range"
    return ("year", "month", "day")[min(value.count("-"), 2)]


_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})*(?![\w,]|\.\d)")


@lru_cache(maxsize=16384)
def _numbers(evidence: str) -> frozenset[int]:
    """The numbers a sentence gives (2 and more, no year): "34 missiles, 21 shot down" in two outlets."""
    found = (int(m.group().replace(",", "")) for m in _NUMBER.finditer(evidence))
    return frozenset(n for n in found if n >= 2 and not 1900 <= n <= 2100)


def rarity(reports: Iterable[Report]) -> dict[str, float]:
    """How rare each word of the reports' sentences is among them (log N / reports using it): a name
    few reports give ("the tanker X") ties two of them more than the conflict's common words."""
    df: dict[str, int] = defaultdict(int)
    n = 0
    for r in reports:
        n += 1
        for w in content_words(r.fact.evidence):  # type: ignore[union-attr]
            df[w] += 1
    return {w: math.log(n / k) for w, k in df.items()}


def _rare_shared(x: str, y: str, idf: dict[str, float]) -> tuple[float, float]:
    """The rarest word two sentences share (its weight) and their weighted overlap (0..1)."""
    wx, wy = content_words(x), content_words(y)
    shared = wx & wy
    if not shared:
        return 0.0, 0.0
    top = max(idf.get(w, 0.0) for w in shared)
    # fsum: a sum exact to the last bit whatever order the set yields its words in (float addition is
    # not associative, and string hashing orders sets differently in every process)
    both = math.fsum(idf.get(w, 0.0) for w in shared)
    norm = math.sqrt(math.fsum(idf.get(w, 0.0) for w in wx) * math.fsum(idf.get(w, 0.0) for w in wy)) or 1.0
    return top, both / norm


def pair_features(
    a: Report, b: Report, rel: Relation, a_when: Bounds, b_when: Bounds, idf: dict[str, float] | None = None
) -> list[str]:
    """What two incident reports (of two rows) have in common and where they differ, as feature names:
    no place, party or word of theirs, only how they relate."""
    x, y = a.fact, b.fact  # both Incidents
    kinds = kinds_relation(x, y) or "other"  # type: ignore[arg-type]
    wa, wb = where(x), where(y)  # type: ignore[arg-type]
    place = _place_relation(wa, wb)
    groups = "|".join(sorted((type_group(x.type), type_group(y.type))))  # type: ignore[union-attr]
    f = [f"k:{kinds}", f"tg:{groups}", f"ty:{int(x.type == y.type)}", f"pl:{place}", f"rp:{rel.place}"]  # type: ignore[union-attr]
    f.append("wk:" + "|".join(sorted((wa.kind, wb.kind))))
    if wa.country and wb.country:
        f.append(f"cty:{int(wa.country.lower() == wb.country.lower())}")
    else:
        f.append(f"cty:{'one' if wa.country or wb.country else 'none'}")
    if wa.point and wb.point:
        f.append(f"km:{_bin(distance_km(wa.point, wb.point), (1, 5, 15, 30, 100, 300))}")
    if x.location and x.location == y.location:  # type: ignore[union-attr]
        f.append("loc:eq")
    # Dates: told or not, how precisely, how far apart.
    dated = int(bool(x.date)) + int(bool(y.date))  # type: ignore[union-attr]
    f.append(f"dd:{dated}")
    f.append("dp:" + "|".join(sorted((_precision(x.date), _precision(y.date)))))  # type: ignore[union-attr]
    gap = None
    if a_when and b_when:
        gap = max((a_when[0] - b_when[1]).days, (b_when[0] - a_when[1]).days, 0)
        f.append(f"gap:{_bin(gap, (0, 1, 2, 4, 7))}")
        f.append(f"same_bounds:{int(a_when == b_when)}")
        wide = max((w[1] - w[0]).days for w in (a_when, b_when))
        f.append(f"wide:{_bin(wide, (0, 1, 3, 7, 31))}")
    if a.published and b.published:
        f.append(f"pub:{_bin(abs((a.published - b.published).days), (0, 1, 3, 7, 30))}")
    # Counts and tolls.
    f.append(f"cnt:{_agree(x.count, y.count)}")  # type: ignore[union-attr]
    f.append(f"kil:{_agree(x.casualties.killed, y.casualties.killed)}")  # type: ignore[union-attr]
    f.append(f"inj:{_agree(x.casualties.injured, y.casualties.injured)}")  # type: ignore[union-attr]
    # Parties, weapons, targets, names and words of the two sentences.
    f.append(f"pa:{_sets(parties(x), parties(y))}")  # type: ignore[arg-type]
    f.append(f"wp:{_sets(weapons(x), weapons(y))}")  # type: ignore[arg-type]
    f.append(f"tgt:{_sets(targets(x.evidence), targets(y.evidence))}")  # type: ignore[union-attr]
    f.append(f"rare:{min(len(rare_names(x) & rare_names(y)), 2)}")  # type: ignore[arg-type]
    f.append(f"num:{_sets(_numbers(x.evidence), _numbers(y.evidence))}")  # type: ignore[union-attr]
    f.append(f"sw:{_bin(shared_words(x.evidence, y.evidence), (0.0, 0.1, 0.2, 0.35, 0.6))}")  # type: ignore[union-attr]
    if idf is not None:
        top, overlap = _rare_shared(x.evidence, y.evidence, idf)  # type: ignore[union-attr]
        f += [f"idf_top:{_bin(top, (0.0, 2.0, 3.0, 4.0, 5.0))}", f"idf_overlap:{_bin(overlap, (0.0, 0.05, 0.1, 0.2, 0.3, 0.5))}"]
    f.append(f"deb:{int(is_debris(x)) + int(is_debris(y))}")  # type: ignore[arg-type]
    f.append(f"src:{int(a.source == b.source)}")
    f.append(f"rs:{_bin(rel.score, (0.0, 0.1, 2.0, 3.0, 4.0, 5.0, 6.0))}")
    # A few crossings: a place relation means little without the date, and a kind without the place.
    g = "x" if gap is None else _bin(gap, (0, 1, 3))
    f += [f"k|pl:{kinds}|{place}", f"pl|gap:{place}|{g}", f"k|gap:{kinds}|{g}", f"dd|pl:{dated}|{place}"]
    return f


#: Two places' relation, asked of every pair of reports scored (a few hundred places).
_place_relation = lru_cache(maxsize=65536)(place_relation)


def _bucket(report: Report) -> str:
    """The country a report is in (lower case), or "" when it names none."""
    return (where(report.fact).country or "").lower()  # type: ignore[arg-type]


def vetoed_pair(a: Report, b: Report, rel: Relation) -> bool:
    """Two reports the layer never puts in one row: the rules tell them apart (``conflict``), or the
    rules keep them apart on a detail both give: the kinds of target they name have nothing in
    common (a market and a railway station), or one kind of attack with two counts (three rockets
    and two)."""
    if rel.conflict:
        return True
    x, y = a.fact, b.fact
    hit_x, hit_y = targets(x.evidence), targets(y.evidence)  # type: ignore[union-attr]
    if hit_x and hit_y and not hit_x & hit_y:
        return True
    return x.type == y.type and x.count is not None and y.count is not None and x.count != y.count  # type: ignore[union-attr]


def candidate_pairs(
    groups: Sequence[Sequence[Report]],
    related: Callable[[Report, Report], Relation],
    bounds: Callable[[Report], Bounds],
) -> dict[tuple[int, int], list[tuple[Report, Report, Relation]]]:
    """(i, j) of two rows (i < j) -> their reports' pairs worth scoring: one country (or one of them
    without any) and dates within WINDOW_DAYS. Rows of which any two reports plainly differ are left
    out: the rules' vetoes hold."""
    row_of = {id(r): n for n, g in enumerate(groups) for r in g}
    by_country: dict[str, list[Report]] = defaultdict(list)
    for g in groups:
        for r in g:
            if r.fact.type not in STATEMENT_TYPES:  # type: ignore[union-attr]  (statements are no rows)
                by_country[_bucket(r)].append(r)
    out: dict[tuple[int, int], list[tuple[Report, Report, Relation]]] = defaultdict(list)
    vetoed: set[tuple[int, int]] = set()
    keys = sorted(by_country)
    for key in keys:
        # (A report without a country is paired with every other; the others within their country.)
        others = keys if key == "" else [key]
        for other in others:
            left, right = by_country[key], by_country[other]
            for m, a in enumerate(left):
                start = m + 1 if other == key else 0
                for b in right[start:]:
                    i, j = row_of[id(a)], row_of[id(b)]
                    if i == j:
                        continue
                    pair = (min(i, j), max(i, j))
                    if pair in vetoed:
                        continue
                    wa, wb = bounds(a), bounds(b)
                    if wa and wb and max((wa[0] - wb[1]).days, (wb[0] - wa[1]).days) > WINDOW_DAYS:
                        continue
                    first, second = (a, b) if i < j else (b, a)
                    rel = related(first, second)
                    if vetoed_pair(first, second, rel):
                        vetoed.add(pair)
                        out.pop(pair, None)
                        continue
                    out[pair].append((first, second, rel))
    return {p: v for p, v in out.items() if p not in vetoed}


_PLACE_ORDER = ("same", "within", "near", "unknown", "different")


def featured(
    groups: Sequence[Sequence[Report]],
    pairs: dict[tuple[int, int], list[tuple[Report, Report, Relation]]],
    bounds: Callable[[Report], Bounds],
) -> dict[tuple[int, int], list[list[str]]]:
    """Each candidate pair of rows' pairs of reports as features: the two reports' own
    (:func:`pair_features`) and the two rows' (how many rows each could join, how many sources
    each holds, whether one article told of both)."""
    degree: dict[int, int] = defaultdict(int)
    for i, j in pairs:
        degree[i] += 1
        degree[j] += 1
    sources = {n: {r.source for r in g} for n, g in enumerate(groups)}
    idf = rarity(r for g in groups for r in g)
    out = {}
    for (i, j), found in pairs.items():
        deg = sorted((degree[i], degree[j]))
        size = sorted((len(sources[i]), len(sources[j])))
        own = [pair_features(a, b, rel, bounds(a), bounds(b), idf) for a, b, rel in found]
        # The pair of reports that agree least on the place and on the kind: a row is one event with
        # another only if all its reports can be.
        worst = max(_PLACE_ORDER.index(f[3][3:]) for f in own)
        rows = [
            f"deg:{_bin(deg[0], (1, 2, 5, 10))}|{_bin(deg[1], (1, 2, 5, 10))}",
            f"size:{_bin(size[0], (1, 2, 4))}|{_bin(size[1], (1, 2, 4))}",
            f"one_article:{int(bool(sources[i] & sources[j]))}",
            f"worst_pl:{_PLACE_ORDER[worst]}",
            f"any_other_kind:{int(any(f[0] == 'k:other' for f in own))}",
            f"pairs:{_bin(len(found), (1, 2, 4))}",
        ]
        out[(i, j)] = [f + rows for f in own]
    return out


def scores(
    feats: dict[tuple[int, int], list[list[str]]], probability: Callable[[list[str]], float]
) -> dict[tuple[int, int], float]:
    """Each pair of rows' best pair of reports, by the model."""
    return {key: max(map(probability, found)) for key, found in feats.items()}


def _find(parent: list[int], n: int) -> int:
    """Union-find: the part ``n`` is in."""
    while parent[n] != n:
        parent[n] = parent[parent[n]]
        n = parent[n]
    return n


def undated_and_wide(report: Report) -> bool:
    """A report with no date told only of a province, region or district (``identity.where`` kind
    "area"): it fits every event of its kind there, and the model reads the province's name that two
    reports share as it reads a shared town (the same place, 0 km), so its liking for one of those
    events is no sign the report is that one. The rules, which weigh an undated report against every
    row it fits, alone may place it. (A report told only of its country is no such sign to the model:
    its place relation is unknown, and :func:`join` keeps it from tying two placed rows.)"""
    return not report.fact.date and where(report.fact).kind == "area"  # type: ignore[union-attr,arg-type]


#: A span of days that tells only the month of an event (or a wider span).
_MONTH_DAYS = 27


def torn_rows(groups: Sequence[Sequence[Report]], related: Callable[[Report, Report], Relation], bounds: Callable[[Report], Bounds]) -> list[bool]:
    """Each row whether every report of it is told only by a month or a wider span ("in June", "the
    war last year") and the rules tie it to two or more rows that hold a report dated within it: which
    of those events it tells, its date does not say, and the model, reading the town and the type
    they share, would choose one by its liking (the rules leave such a report on a row of its own)."""

    def monthly(r: Report) -> bool:
        b = bounds(r)
        return bool(r.fact.date) and b is not None and (b[1] - b[0]).days >= _MONTH_DAYS  # type: ignore[union-attr]

    def within(y: Report, x: Report) -> bool:
        inner, outer = bounds(y), bounds(x)
        return bool(y.fact.date) and inner is not None and outer is not None and outer[0] <= inner[0] and inner[1] <= outer[1]  # type: ignore[union-attr]

    def ties(x: Report, y: Report) -> bool:
        if monthly(y) or not within(y, x):
            return False
        rel = related(x, y)
        return rel.score > 0 and not rel.conflict

    out = []
    for n, g in enumerate(groups):
        if not g or not all(map(monthly, g)):
            out.append(False)
            continue
        tied = sum(any(ties(x, y) for x in g for y in other) for m, other in enumerate(groups) if m != n)
        out.append(tied >= 2)
    return out


def join(
    groups: list[list[Report]],
    scored: dict[tuple[int, int], float],
    threshold: float,
    related: Callable[[Report, Report], Relation],
    bounds: Callable[[Report], Bounds] | None = None,
) -> list[list[Report]]:
    """Join rows whose score reaches ``threshold``, the likeliest first, unless a report of one plainly
    differs from a report of the other (rows joined before included), or a row of reports told only
    of a country (or of no place) would tie two rows of placed reports: it ties to every event of its
    kind there, not the two to each other. A row of undated reports told only of a province
    (:func:`undated_and_wide`) joins none, nor (given ``bounds``) a row told only by a month that the
    rules tie to two dated rows (:func:`torn_rows`). The rows keep their order."""
    parent = list(range(len(groups)))
    members = {n: list(g) for n, g in enumerate(groups)}
    placed = [any(below_country(r.fact) for r in g) for g in groups]  # type: ignore[arg-type]
    holds = list(placed)  # (by part: whether it holds a placed report)
    loose = [all(undated_and_wide(r) for r in g) for g in groups]
    if bounds is not None:
        loose = [a or b for a, b in zip(loose, torn_rows(groups, related, bounds), strict=True)]
    for (i, j), p in sorted(scored.items(), key=lambda kv: (-kv[1], kv[0])):
        if p < threshold:
            break
        if loose[i] or loose[j]:
            continue
        ri, rj = _find(parent, i), _find(parent, j)
        if ri == rj:
            continue
        if not (placed[i] and placed[j]) and holds[ri] and holds[rj]:
            continue
        if any(vetoed_pair(a, b, related(a, b)) for a in members[ri] for b in members[rj]):
            continue
        keep, gone = min(ri, rj), max(ri, rj)
        parent[gone] = keep
        members[keep].extend(members.pop(gone))
        holds[keep] = holds[ri] or holds[rj]
    return [members[n] for n in sorted(members)]


def row_features(
    groups: Sequence[Sequence[Report]],
    related: Callable[[Report, Report], Relation],
    bounds: Callable[[Report], Bounds],
) -> list[list[tuple[int, int, list[str]]]]:
    """Each row's pairs of reports (their places in the row) as features: the two reports' own and
    the row's size in sources."""
    out = []
    idf = rarity(r for g in groups for r in g)
    for g in groups:
        if g[0].fact.type in STATEMENT_TYPES:  # type: ignore[union-attr]  (statements are no rows)
            out.append([])
            continue
        size = f"in_size:{_bin(len({r.source for r in g}), (2, 3, 5, 8))}"
        out.append(
            [
                (i, j, [*pair_features(g[i], g[j], related(g[j], g[i]), bounds(g[i]), bounds(g[j]), idf), size])
                for j in range(1, len(g))
                for i in range(j)
            ]
            if len(g) > 1
            else []
        )
    return out


def split(
    groups: Sequence[Sequence[Report]], probs: Sequence[Sequence[float]], pairs: Sequence[Sequence[tuple]], threshold: float
) -> list[list[Report]]:
    """Each row as the parts its pairs of reports scoring at least ``threshold`` hold together (rows
    in order, each part where its first report was)."""
    out = []
    for g, found, ps in zip(groups, pairs, probs, strict=True):
        if len(g) < 2 or not found:  # (a statement's row has no pairs scored: the rules' own)
            out.append(list(g))
            continue
        part = list(range(len(g)))
        for (i, j, _), p in zip(found, ps, strict=True):
            if p >= threshold:
                a, b = _find(part, i), _find(part, j)
                part[max(a, b)] = min(a, b)
        parts: dict[int, list[Report]] = {}
        for n, r in enumerate(g):
            parts.setdefault(_find(part, n), []).append(r)
        out.extend(parts.values())
    return out


def revise(
    groups: list[list[Report]],
    related: Callable[[Report, Report], Relation],
    bounds: Callable[[Report], Bounds],
    model: Model | None = None,
) -> list[list[Report]]:
    """The rules' rows, split where the shipped model (or ``model``) finds a row two events, then
    joined where it finds two rows one."""
    model = model or SHIPPED.load()
    if model is None:
        return groups
    if model.keeps is not None:
        found = row_features(groups, related, bounds)
        keeps = model.keeps
        groups = split(groups, [[keeps.probability(f) for *_, f in pairs] for pairs in found], found, model.split)
    if model.joins is None or len(groups) < 2:
        return groups
    feats = featured(groups, candidate_pairs(groups, related, bounds), bounds)
    return join(groups, scores(feats, model.joins.probability), model.join, related, bounds)
