"""Data compiled once and kept between runs, pickled: the gazetteer, lexicons, map outlines.

Building the extractor's token index from YAML and GeoNames takes seconds, thinning the map's
country outlines a third of a second; unpickling the result takes a small part of that. Each file is named by a digest of what it was made of, so a change to the
code or the data builds a new one, and a stale file is simply never read again.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reporter.files import cache_dir

__all__ = ["cache_dir", "digest", "read", "write"]

log = logging.getLogger(__name__)

#: Compiled files unused for this long are removed when a new one is written.
_STALE_DAYS = 30


def digest(parts: Iterable[bytes]) -> str:
    """A short key for compiled data made of ``parts``, valid for this Python and pickle version."""
    h = hashlib.sha256(f"{sys.version_info[:2]}-{pickle.HIGHEST_PROTOCOL}".encode())
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()[:16]


def read(path: Path) -> Any | None:
    """The object pickled at ``path``, or None when it is absent or unreadable."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    gc.disable()  # tens of thousands of small tuples: no point in collecting mid-way
    try:
        found = pickle.loads(raw)
    except Exception as exc:  # a truncated or foreign file: the caller builds it again
        log.debug("compiled data %s unreadable: %s", path, exc)
        return None
    finally:
        gc.enable()
    # No gc.freeze() here: in the long-running service it would also pin whatever else is alive at
    # that moment for good. Short-lived `reporter run` freezes once, before it exits (cli).
    return found


def write(path: Path, obj: Any) -> None:
    """Pickle atomically (parallel runs may race); an unwritable cache only costs a rebuild."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".compiled-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        stale = time.time() - _STALE_DAYS * 86400
        for old in path.parent.glob("*.pickle"):
            if old != path and old.stat().st_atime < stale:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("compiled data not written to %s: %s", path, exc)
