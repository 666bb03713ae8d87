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
