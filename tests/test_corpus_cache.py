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
