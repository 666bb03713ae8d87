"""corpus/cache.py as the helpers run it: `python3 corpus/cache.py | head -1`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CACHE = Path(__file__).resolve().parents[1] / "corpus" / "cache.py"


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    """A pipe closed before the listing is written (as `| head -1` closes it) ends the script quietly,
    with the exit code that says texts are missing."""
    env = {**os.environ, "REPORTER_CORPUS": str(tmp_path)}  # an empty cache: every text missing
    proc = subprocess.Popen(
        [sys.executable, str(CACHE)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    proc.stdout.close()  # the reader is gone before the script writes
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 1
    assert b"Traceback" not in err


def _corpus_cache():
    sys.path.insert(0, str(CACHE.parents[1]))
    from corpus import cache

    return cache


def test_a_regathered_excerpt_is_restored_to_its_saved_form():
    """The stored excerpt may lack the saved text's final newline or write its apostrophes curly: the
    form whose hash the manifest holds is the one kept, and none when no form has it."""
    import hashlib

    cache = _corpus_cache()
    saved = "A ferry left the harbour at dawn.\nIt's due back by noon.\n"
    digest = hashlib.sha256(saved.encode()).hexdigest()
    assert cache.restored(saved.rstrip("\n"), digest) == saved
    assert cache.restored(saved.replace("'", "\u2019"), digest) == saved
    assert cache.restored(saved, digest) == saved
    assert cache.restored("A ferry left the harbour at dusk.\n", digest) is None


def test_save_writes_nothing_for_an_excerpt_of_another_hash(tmp_path):
    """`--save NAME FILE` with a text that is not NAME's: exit 1, nothing in the cache; an unknown name: exit 2."""
    cache = _corpus_cache()
    name = cache.manifest()[0]["name"]
    excerpt = tmp_path / "excerpt.raw"
    excerpt.write_text("Not the article at all.\n", encoding="utf-8")
    env = {**os.environ, "REPORTER_CORPUS": str(tmp_path / "cache")}
    run = subprocess.run([sys.executable, str(CACHE), "--save", name, str(excerpt)], capture_output=True, text=True, env=env)
    assert run.returncode == 1 and "nothing saved" in run.stdout
    assert not (tmp_path / "cache" / f"{name}.txt").exists()
    run = subprocess.run([sys.executable, str(CACHE), "--save", "no_such_name", str(excerpt)], capture_output=True, text=True, env=env)
    assert run.returncode == 2 and "no such name" in run.stderr
