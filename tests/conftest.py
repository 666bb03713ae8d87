"""Shared test helpers: paths to the repo, the shared hand-outs and the project's executables."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REPORTER = [sys.executable, "-m", "reporter"]


@pytest.fixture
def shared_dir() -> Path:
    """The read-only hand-outs beside the clone; tests needing them skip where a clone has none."""
    if not (SHARED / "contract" / "facts.schema.json").is_file():
        pytest.skip(f"{SHARED} is absent (it sits beside the team's clone, not a user's)")
    return SHARED


@functools.cache
def shared_extractor():
    """One extractor for the whole run (per worker), built on first use: it keeps no state between articles,
    and each one built loads the lexicons again. Imported here, not at the top, so no test process loads the
    extractor unasked. Helpers that take no fixture call it; tests take ``ex``."""
    from reporter.extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def ex():
    """The shared extractor (:func:`shared_extractor`)."""
    return shared_extractor()


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 120):
    """Run `python -m reporter ARGS` in a subprocess, as a user would."""
    # A developer's own REPORTER_CONFIG must not leak into tests.
    full_env = {k: v for k, v in os.environ.items() if k != "REPORTER_CONFIG"}
    full_env.update({"PYTHONPATH": str(ROOT), **(env or {})})
    return subprocess.run(
        [*REPORTER, *args], cwd=cwd or ROOT, env=full_env, capture_output=True, text=True, timeout=timeout
    )


def posture_with_qualifiers(ex, text: str) -> list[tuple[str, str, int, str | None]]:
    """(force, country, count, qualifier) of each troop level read from ``text``, sorted, after a sentence that
    tells none (so a figure is never the article's first words)."""
    facts = ex.extract("The officials spoke on Monday. " + text, id="x", published=date(2025, 4, 18))
    return sorted((p.force, p.country, p.count, p.qualifier) for p in facts.troop_posture)
