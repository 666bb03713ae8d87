"""The finder measurement (benchmarks/train_finder.py) reads what the gates turn away, and leaves them on."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

from reporter.extract import Extractor, events
from reporter.extract.candidates import sentence_candidates
from reporter.extract.document import Document

ROOT = Path(__file__).resolve().parents[1]


def _finder():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("train_finder", ROOT / "benchmarks" / "train_finder.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_finder"] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def test_a_negated_strike_is_a_loose_candidate_and_the_gates_stay_on():
    text = "Militants did not attack the army post in Kirkuk on 8 May 2030. Rebels attacked a base in Erbil on 9 May 2030."
    art = Document.read(text, date(2030, 5, 10), Extractor().lexicon)
    finder = _finder()
    strict = [c for s in range(len(art.sentences)) for c in sentence_candidates(art, s)]
    loose = finder.loose_candidates(art)
    assert {c.s_idx for c in strict} == {1}
    assert {c.s_idx for c in loose} == {0, 1}
    (turned,) = [c for c in loose if c.s_idx == 0]
    assert "g:negated" in finder.gates(art, turned)
    assert events.negated is finder.ORIGINAL_GATES["negated"]  # restored after the loose pass
