"""A learned second look at troop posture: is this number a troop level?

The rules (posture.py) take a number as a level only in listed phrases; on unseen news most missed
levels are written as plain numbers the phrases do not fit. A logistic model over each number's
surroundings (the lemmas before and after it, troop words in its sentence and the one before, its
size and roundness) scores every number of an article. In a sentence the rules made no posture item
of, a number no rule item counts, scored more likely than not a level, is read by the rules' own
force and place resolution (posture.level_at) and kept when both resolve. The model (the "finder")
is trained on every number of the read shards, the rules' levels included, without the rules'
decision as a feature, and ships as data/posture_model.json (made by `make train`, see
benchmarks/train_posture.py, only when it raises the unseen check shards' posture F1), read on first
use; scoring is a sum of weights (learned.Scorer), so nothing beyond the standard library runs.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reporter.extract.document import Document
from reporter.extract.learned import Scorer, ShippedModel
from reporter.extract.posture import CUE_WORDS, SMALLEST, level_at, parse_count
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
    finder: Scorer
    #: add a level at or above this probability (above 1: never)
    add: float


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


def apply(
    art: Document, found: Sequence[Posture], scored: Sequence[tuple[Candidate, float]], add: float
) -> list[Posture]:
    """The rules' items, plus the levels the rules' resolution gives numbers scored at ``add`` or above
    in sentences the rules made no item of, whose count no rule item has."""
    out = list(found)
    ruled = {p.evidence for p in found}
    counts = {p.count for p in found}
    keys = {(p.force, p.country, p.count) for p in found}
    for c, p in scored:
        if p < add or c.count in counts or art.sentences[c.sentence].text in ruled:
            continue
        for item in level_at(art, c.sentence, c.start, c.end):
            key = (item.force, item.country, item.count)
            if item.count == c.count and key not in keys:
                keys.add(key)
                out.append(item)
        counts.add(c.count)
    return out


def revise(art: Document, found: list[Posture], model: Model | None = None) -> list[Posture]:
    """The rules' posture revised by the model (unchanged when no model ships)."""
    model = model or load()
    if model is None:
        return found
    cands = candidates(art)
    return (
        apply(art, found, [(c, model.finder.probability(c.features)) for c in cands], model.add)
        if cands
        else found
    )


def _parse_model(raw: dict) -> Model:
    f = raw["finder"]
    return Model(
        Scorer({str(k): float(v) for k, v in f["weights"].items()}, float(f["bias"])), float(raw["add"])
    )


SHIPPED = ShippedModel(MODEL_PATH, _parse_model)
use, load = SHIPPED.use, SHIPPED.load
