"""The sentence-level measurement (benchmarks/train_sentences.py): its aligner puts a gold event on the
sentence that names its place with an event word, and that sentence proposes it through the rules'
own place and date reading."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

from reporter.extract import Extractor
from reporter.extract.document import Document

ROOT = Path(__file__).resolve().parents[1]


def _module():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(
        "train_sentences", ROOT / "benchmarks" / "train_sentences.py"
    )
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_sentences"] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def test_a_gold_event_is_aligned_to_its_sentence_and_proposed_there(shared_dir):
    """The aligner pairs by the shared scorer (../shared/eval): a clone without it skips."""
    text = (
        "Officials met in Baghdad on Monday to talk about the budget. "
        "Rebels attacked an army post in Erbil on 9 May 2030, the ministry said."
    )
    art = Document.read(text, date(2030, 5, 10), Extractor().lexicon)
    mod = _module()
    score = mod.load_scorer()
    gold = {"date": "2030-05-09", "type": "armed_clash", "location": "Erbil", "country": "Iraq"}
    assert mod.align(score, art, [gold], [], []) == {1: [gold]}
    feats = mod.features(art, 1, {}, 0)
    assert "rf:none" in feats and any(f.startswith("t:") for f in feats)
    made = mod.proposal(art, 1, None)["clash"]
    assert (made["type"], made["date"], made["location"]) == ("armed_clash", "2030-05-09", "Erbil")
