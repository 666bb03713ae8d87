"""The brief-identity benchmark (benchmarks/bench_brief_identity.py) reads its cluster files as the
annotator meant them."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_brief_identity", ROOT / "benchmarks" / "bench_brief_identity.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_same_as_chains_are_followed_to_their_end(tmp_path):
    # Three shards annotate one made-up event; across.json joins them as a chain p -> q -> r.
    (tmp_path / "p.json").write_text(json.dumps({"events": {"p-e1": [["p-one", 0]]}}))
    (tmp_path / "q.json").write_text(json.dumps({"events": {"q-e2": [["q-one", 1]]}}))
    (tmp_path / "r.json").write_text(json.dumps({"events": {"r-e3": [["r-one", 2]], "r-e4": [["r-two", 0]]}}))
    (tmp_path / "across.json").write_text(json.dumps({"same_as": {"p-e1": "q-e2", "q-e2": "r-e3"}}))
    known = _bench().clusters(tmp_path)
    one = {known[("events", "p-one", 0)], known[("events", "q-one", 1)], known[("events", "r-one", 2)]}
    assert len(one) == 1
    assert known[("events", "r-two", 0)] not in one


def test_gold_items_tied_on_place_and_date_go_by_toll_and_target(shared_dir):  # the shared scorer is read
    # One made-up article tells two undated strikes on one town: the scorer's rules tie them, and the
    # pairing took list order, crossing them. What the gold says was hit, and its dead, tell them apart.
    bench = _bench()
    score = bench.load_scorer()
    first = {"type": "air_strike", "date": None, "location": "Varnek", "country": "Zedland",
             "objects": ["grain silo"], "casualties": {"killed": None, "injured": None}}
    second = {"type": "air_strike", "date": None, "location": "Varnek", "country": "Zedland",
              "objects": ["border post"], "casualties": {"killed": 3, "injured": None}}
    silo = {"type": "air_strike", "date": None, "location": "Varnek", "country": "Zedland",
            "evidence": "Jets hit a grain silo in Varnek on Friday."}
    post = {"type": "drone_attack", "date": None, "location": "Varnek", "country": "Zedland",
            "casualties": {"killed": 3, "injured": None}, "evidence": "A drone killed three guards near Varnek on Thursday."}
    _, _, _, pairs = score.match([first, second], [silo, post], bench.scene_pair(score))
    assert {(id(g), id(p)) for g, p in pairs} == {(id(first), id(silo)), (id(second), id(post))}
