"""Atomic file output: readers (and a crash) never see half a file. Where caches live. The stamp of
the user's lexicon files."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path


def cache_dir() -> Path:
    """$REPORTER_CACHE, else the user cache folder ($XDG_CACHE_HOME or ~/.cache) / reporter."""
    given = os.environ.get("REPORTER_CACHE")
    if given:
        return Path(given)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "reporter"


def stamp(paths: Sequence[Path]) -> str:
    """The one stamp of the user's lexicon files: each file's name and content, in order (a missing or
    unreadable file as such). The compiled lexicon (extract.lexicon.fingerprint), the extractor's id
    (pipeline.extractor_id) and the brief's caches (brief.lexicons.use) all follow it, so an edited
    file is a change to each of them, and a file saved again unchanged a change to none. (Here, not in
    the extractor: a run with nothing new to extract stamps the files without loading it.)"""
    h = hashlib.sha256()
    for path in map(Path, paths):
        try:
            content = path.read_bytes()
        except OSError:
            content = None
        h.update(path.name.encode() + b"\0")
        h.update(b"missing" if content is None else len(content).to_bytes(8, "little") + content)
    return h.hexdigest()[:16]


def _temporary_beside(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    return Path(tmp)


def write_atomically(path: Path, data: bytes) -> Path:
    """Write to a temporary file in the same folder, fsync, then rename over ``path``."""
    tmp = _temporary_beside(path)
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def copy_atomically(source: Path, path: Path) -> Path:
    """Copy ``source`` to a temporary file beside ``path``, then rename over it."""
    tmp = _temporary_beside(path)
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
