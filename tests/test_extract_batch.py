"""iter_facts reads files and JSON Lines, keeps order across worker processes and never raises on bad input."""

from __future__ import annotations

import json
import multiprocessing
import platform
import sys
from datetime import date
from pathlib import Path

import pytest

from reporter.extract import batch, iter_facts

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def test_records_and_bad_records(caplog):
    """Every record yields Facts with its id; unreadable ones yield empty Facts and a warning."""
    facts = list(iter_facts([FIXTURES / "records.jsonl"]))
    ids = [f.id for f in facts]
    assert ids == [
        "rec-1",
        f"{FIXTURES / 'records.jsonl'}:2",
        "rec-3",
        f"{FIXTURES / 'records.jsonl'}:4",
        "rec-5",
    ]
    assert facts[0].published == "2025-03-12" and facts[0].incidents[0].type == "drone_attack"
    assert facts[1].incidents == () and facts[2].incidents == () and facts[3].incidents == ()
    assert facts[4].incidents[0].location == "US embassy in Baghdad"
    assert "not a JSON record" in caplog.text and "no text or html" in caplog.text


def test_files_html_front_matter_and_missing(tmp_path):
    """An HTML page gives its main text and metadata date; a missing file gives empty Facts."""
    page, missing = FIXTURES / "page.html", tmp_path / "gone.txt"
    html, gone = iter_facts([page, missing])
    assert html.id == str(page) and html.published == "2024-02-05" and html.title == "Rockets hit Iraqi base"
    assert [i.type for i in html.incidents] == ["rocket_attack", "interception"]
    assert [(p.country, p.count) for p in html.troop_posture] == [("Iraq", 2500)]
    assert gone.id == str(missing) and gone.incidents == ()


def test_given_date_wins_over_front_matter():
    """--published overrides the date an article carries."""
    (facts,) = iter_facts([FIXTURES / "kyiv_overnight.txt"], published=date(2025, 7, 11))
    assert facts.published == "2025-07-11"


def test_parallel_output_matches_serial_and_keeps_order(tmp_path):
    """Worker processes give the same facts, in input order, as one process."""
    path = tmp_path / "many.jsonl"
    texts = [p.read_text() for p in sorted(FIXTURES.glob("*.txt"))]
    with path.open("w") as out:
        for i in range(120):
            out.write(
                json.dumps({"id": f"a{i}", "text": texts[i % len(texts)], "published": "2025-07-10"}) + "\n"
            )
    serial = [f.to_dict() for f in iter_facts([path], workers=1)]
    parallel = [f.to_dict() for f in iter_facts([path], workers=2)]
    assert [f["id"] for f in parallel] == [f"a{i}" for i in range(120)]
    assert parallel == serial


def _resident() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS:"))


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc", reason="glibc's malloc_trim"
)
def test_release_free_memory_gives_freed_heap_back():
    """Freed blocks in the middle of the C heap stay resident until they are handed back."""
    blocks = [bytes(2048) for _ in range(20000)]  # about 40 MB through malloc, past Python's own pools
    kept = blocks[::50]  # one block in fifty kept, so the heap's top is not free and nothing shrinks it
    del blocks
    before = _resident()
    assert batch.release_free_memory() is True
    assert before - _resident() > 20 * 2**20
    assert len(kept) == 400


def test_release_free_memory_without_the_c_call(monkeypatch):
    """Where the C library has no trim call, nothing is released and nothing fails."""
    monkeypatch.setattr(batch, "_malloc_trim", lambda: None)
    assert batch.release_free_memory() is False


def test_parallel_parent_releases_freed_heap_before_forking(tmp_path, monkeypatch):
    """The loaded lexicon's leftovers are given back before the workers start from the parent's pages."""
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("workers start from the parent's pages only when forked")
    seen = []
    monkeypatch.setattr(batch, "release_free_memory", lambda: seen.append(batch._WORKER is not None) or True)
    path = tmp_path / "few.jsonl"
    text = (FIXTURES / "kyiv_overnight.txt").read_text()
    path.write_text("".join(json.dumps({"id": f"b{i}", "text": text}) + "\n" for i in range(4)))
    assert [f.id for f in iter_facts([path], workers=2)] == ["b0", "b1", "b2", "b3"]
    assert seen == [True]  # once, in the parent, with the extractor the children inherit already loaded


def test_worker_that_loads_its_own_lexicon_releases_freed_heap(monkeypatch):
    """A spawned worker (no parent's pages to share) loads the lexicon itself and gives back what the load freed."""
    seen = []
    monkeypatch.setattr(batch, "_WORKER", None)
    monkeypatch.setattr(batch, "release_free_memory", lambda: seen.append(batch._WORKER is not None) or True)
    batch._init(())
    assert seen == [True]
    seen.clear()
    batch._init(())  # already loaded: nothing new freed, nothing asked
    assert seen == []
