"""The SQLite store: the only module that holds SQL.

One database file in WAL mode holds sources' fetch state, articles, extracted facts, runs and
deliveries. Migrations are an ordered list of functions; ``PRAGMA user_version`` is the schema
version. Every write is one transaction, so a crash mid-run leaves the database consistent.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from reporter.errors import StoreError
from reporter.models import RUN_PRODUCED, RUN_UNFINISHED, Article, DeliveryStatus, Facts, RunStatus


def _execute_script(db: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, which would break the migration's transaction.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _v1(db: sqlite3.Connection) -> None:
    _execute_script(
        db,
        """
        CREATE TABLE fetch_state (
            source_id TEXT NOT NULL,
            url TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            status TEXT,
            error TEXT,
            checked_at TEXT,
            PRIMARY KEY (source_id, url)
        );
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            source_id TEXT NOT NULL,
            url TEXT,
            canonical_url TEXT UNIQUE,
            outlet TEXT,
            title TEXT,
            published TEXT,
            published_from TEXT NOT NULL,
            fetched TEXT NOT NULL,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            tags TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX articles_published ON articles (published);
        CREATE TABLE facts (
            article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            extractor TEXT NOT NULL,
            data TEXT NOT NULL,
            extracted_at TEXT NOT NULL
        );
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            brief_id TEXT NOT NULL,
            scheduled_for TEXT,
            as_of TEXT NOT NULL,
            started TEXT NOT NULL,
            finished TEXT,
            status TEXT NOT NULL,
            trigger TEXT NOT NULL DEFAULT 'manual',
            issue INTEGER,
            articles INTEGER,
            incidents INTEGER,
            output TEXT,
            facts_hash TEXT,
            brief TEXT,
            error TEXT,
            UNIQUE (brief_id, scheduled_for)
        );
        CREATE INDEX runs_brief ON runs (brief_id, started);
        CREATE TABLE source_results (
            run_id INTEGER REFERENCES runs (id) ON DELETE CASCADE,
            source_id TEXT NOT NULL,
            status TEXT NOT NULL,
            new_articles INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            at TEXT NOT NULL
        );
        CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            recipient TEXT NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            updated TEXT NOT NULL,
            UNIQUE (run_id, channel, recipient)
        );
        """,
    )


def _v2(db: sqlite3.Connection) -> None:
    # An article the extractor crashed on: kept apart from facts so a crash never reads as
    # "no incidents", and retried once the extractor (its id) changes.
    _execute_script(
        db,
        """
        CREATE TABLE extraction_failures (
            article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            extractor TEXT NOT NULL,
            error TEXT NOT NULL,
            run_id INTEGER REFERENCES runs (id) ON DELETE SET NULL,
            failed_at TEXT NOT NULL
        );
        CREATE INDEX extraction_failures_run ON extraction_failures (run_id);
        CREATE INDEX runs_brief_as_of ON runs (brief_id, as_of);
        """,
    )


def _v3_file_stamps(db: sqlite3.Connection) -> None:
    # Size and mtime of each file a file source has stored, so an unchanged file is not read again.
    db.execute(
        """CREATE TABLE file_stamps (
            source_id TEXT NOT NULL,
            path TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            PRIMARY KEY (source_id, path)
        )"""
    )


#: The day a posture figure stands for: the date the article states, else its publication time.
_POSTURE_DAY = "substr(COALESCE(json_extract(f.data, '$.published'), a.published, a.fetched), 1, 10)"


def _v4_posture_facts(db: sqlite3.Connection) -> None:
    # Troop figures apart from the facts blob, so a brief asks for the few earlier figures it
    # compares against instead of loading every earlier article; and an index on the moment
    # every period query filters by.
    _execute_script(
        db,
        f"""
        CREATE TABLE posture_facts (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            force TEXT NOT NULL,
            country TEXT NOT NULL,
            day TEXT,
            data TEXT NOT NULL
        );
        CREATE INDEX posture_facts_key ON posture_facts (force, country, day);
        CREATE INDEX posture_facts_article ON posture_facts (article_id);
        INSERT INTO posture_facts (article_id, force, country, day, data)
            SELECT f.article_id, json_extract(p.value, '$.force'), json_extract(p.value, '$.country'),
                   {_POSTURE_DAY}, p.value
            FROM facts f JOIN articles a ON a.id = f.article_id, json_each(f.data, '$.troop_posture') p;
        CREATE INDEX articles_when ON articles (COALESCE(published, fetched))
        """,
    )


def _v5_facts_extractor(db: sqlite3.Connection) -> None:
    # Each run asks which facts came from an older extractor; usually none did, which this
    # index answers without reading every facts row.
    db.execute("CREATE INDEX facts_extractor ON facts (extractor)")


#: Forward migrations; index + 1 is the schema version each one produces. Append, never edit.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1,
    _v2,
    _v3_file_stamps,
    _v4_posture_facts,
    _v5_facts_extractor,
)
SCHEMA_VERSION = len(MIGRATIONS)


def _sql_in(statuses: Iterable[StrEnum]) -> str:
    """An SQL ``IN`` list of status values: typed members, never outside text."""
    return "(" + ", ".join(f"'{s.value}'" for s in statuses) + ")"


#: Run states that produced an issue (numbered, and a base for the next issue's changes).
_PRODUCED = _sql_in(RUN_PRODUCED)
#: ... and of those, the ones whose issue reached every recipient (or had none to reach).
_KEPT = _sql_in((RunStatus.OK, RunStatus.DELIVERED))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat(timespec="seconds") if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@dataclass(frozen=True, kw_only=True, slots=True)
class RunRecord:
    id: int
    brief_id: str
    scheduled_for: datetime | None
    as_of: datetime
    started: datetime
    finished: datetime | None
    status: RunStatus
    trigger: str
    issue: int | None
    articles: int | None
    incidents: int | None
    output: str | None
    facts_hash: str | None
    error: str | None


@dataclass(frozen=True, kw_only=True, slots=True)
class DeliveryRecord:
    run_id: int
    channel: str
    recipient: str
    status: DeliveryStatus
    attempts: int
    error: str | None
    updated: datetime


@dataclass(frozen=True, kw_only=True, slots=True)
class FetchState:
    etag: str | None = None
    last_modified: str | None = None


class Store:
    """A connection to one reporter database; create with :func:`open_store`."""

    def __init__(self, db: sqlite3.Connection, path: Path):
        self.db = db
        self.path = path

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of writes (nested calls join the outer transaction)."""
        if self.db.in_transaction:
            yield self.db
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.rollback()
            raise
        else:
            self.db.commit()

    # --- fetch state ---------------------------------------------------------------------

    def fetch_state(self, source_id: str, url: str) -> FetchState:
        row = self.db.execute(
            "SELECT etag, last_modified FROM fetch_state WHERE source_id = ? AND url = ?", (source_id, url)
        ).fetchone()
        return FetchState(etag=row[0], last_modified=row[1]) if row else FetchState()

    def save_fetch_state(
        self,
        source_id: str,
        url: str,
        *,
        etag: str | None,
        last_modified: str | None,
        status: str,
        error: str | None,
    ) -> None:
        with self.transaction() as db:
            db.execute(
                """INSERT INTO fetch_state (source_id, url, etag, last_modified, status, error, checked_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (source_id, url) DO UPDATE SET
                     etag = COALESCE(excluded.etag, etag),
                     last_modified = COALESCE(excluded.last_modified, last_modified),
                     status = excluded.status, error = excluded.error, checked_at = excluded.checked_at""",
                (source_id, url, etag, last_modified, status, error, _now()),
            )

    def file_stamps(self, source_id: str) -> dict[str, tuple[int, int]]:
        """Path -> (size, mtime_ns) of the files this source has read and stored."""
        rows = self.db.execute(
            "SELECT path, size, mtime_ns FROM file_stamps WHERE source_id = ?", (source_id,)
        )
        return {path: (size, mtime) for path, size, mtime in rows}

    def save_file_stamps(self, source_id: str, stamps: Iterable[Any]) -> None:
        """Remember files as read (``stamps`` have path, size and mtime_ns)."""
        with self.transaction() as db:
            db.executemany(
                """INSERT INTO file_stamps (source_id, path, size, mtime_ns) VALUES (?, ?, ?, ?)
                   ON CONFLICT (source_id, path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns""",
                [(source_id, s.path, s.size, s.mtime_ns) for s in stamps],
            )

    # --- articles and facts --------------------------------------------------------------

    def has_article(self, *, canonical_url: str | None = None, content_hash: str | None = None) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM articles WHERE canonical_url = ? OR content_hash = ? LIMIT 1",
            (canonical_url, content_hash),
        ).fetchone()
        return row is not None

    def add_article(self, article: Article, *, canonical_url: str | None) -> bool:
        """Insert an article unless its canonical URL or content hash is known; True when new."""
        with self.transaction() as db:
            cursor = db.execute(
                """INSERT OR IGNORE INTO articles (id, source_id, url, canonical_url, outlet, title, published,
                   published_from, fetched, text, content_hash, tags) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
                (
                    article.id,
                    article.source_id,
                    article.url,
                    canonical_url,
                    article.outlet,
                    article.title,
                    _iso(article.published),
                    article.published_from,
                    _iso(article.fetched),
                    article.text,
                    article.content_hash,
                    json.dumps(list(article.tags)),
                ),
            )
            return cursor.rowcount == 1

    def _article(self, row: sqlite3.Row) -> Article:
        return Article(
            id=row["id"],
            source_id=row["source_id"],
            url=row["url"],
            outlet=row["outlet"],
            title=row["title"],
            published=_dt(row["published"]),
            published_from=row["published_from"],
            fetched=_dt(row["fetched"]),  # type: ignore[arg-type]
            text=row["text"],
            content_hash=row["content_hash"],
            tags=tuple(json.loads(row["tags"])),
        )

    def articles(
        self,
        *,
        source_ids: Iterable[str] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> list[Article]:
        """Articles by publication time (fetch time when undated), oldest first."""
        where, params = ["1 = 1"], []
        if source_ids is not None:
            ids = list(source_ids)
            where.append(f"source_id IN ({','.join('?' * len(ids))})")
            params += ids
        when = "COALESCE(published, fetched)"
        if since is not None:
            where.append(f"{when} > ?")
            params.append(_iso(since))
        if until is not None:
            where.append(f"{when} <= ?")
            params.append(_iso(until))
        rows = self.db.execute(
            f"SELECT * FROM articles WHERE {' AND '.join(where)} ORDER BY {when}, id", params
        ).fetchall()
        return [self._article(r) for r in rows]

    def posture_history(
        self, *, source_ids: Iterable[str] | None = None, until: datetime, per_key: int = 5
    ) -> list[tuple[Article, Facts]]:
        """Earlier troop figures: the latest ``per_key`` per (force, country) up to ``until``.

        Each article comes with Facts holding only those figures. A brief needs the latest figure
        on record before its period; the spare ones stand in when a brief's filters drop the latest.
        """
        where, params = ["COALESCE(a.published, a.fetched) <= ?"], [_iso(until)]
        if source_ids is not None:
            ids = list(source_ids)
            where.append(f"a.source_id IN ({','.join('?' * len(ids))})")
            params += ids
        # One indexed query per (force, country): each reads only its latest figures, however
        # long the archive.
        keys = self.db.execute("SELECT DISTINCT force, country FROM posture_facts").fetchall()
        rows = []
        for force, country in keys:
            rows += self.db.execute(
                f"""SELECT p.article_id, p.day, p.data FROM posture_facts p JOIN articles a ON a.id = p.article_id
                    WHERE p.force = ? AND p.country = ? AND {" AND ".join(where)}
                    ORDER BY p.day DESC, p.article_id LIMIT ?""",
                (force, country, *params, per_key),
            ).fetchall()
        rows.sort(key=lambda r: (r[1] or "", r[0]))
        figures: dict[str, list[dict[str, Any]]] = {}
        days: dict[str, str | None] = {}
        for article_id, day, data in rows:
            figures.setdefault(article_id, []).append(json.loads(data))
            days[article_id] = day
        articles = {a.id: a for a in self._articles_by_id(figures)}
        return [
            (articles[i], Facts.from_dict({"id": i, "published": days[i], "troop_posture": figures[i]}))
            for i in figures
            if i in articles
        ]

    def _articles_by_id(self, ids: Iterable[str]) -> list[Article]:
        wanted = list(ids)
        out: list[Article] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = self.db.execute(
                f"SELECT * FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk
            )
            out += [self._article(r) for r in rows]
        return out

    def articles_without_facts(
        self, extractor: str, *, stale: bool = True, after: str = "", limit: int = -1
    ) -> list[Article]:
        """Articles with no facts from ``extractor``, except those it already failed on, by id.

        ``stale=False`` leaves out articles holding facts from another extractor (only the
        never-extracted ones); ``after`` and ``limit`` page through the rest by id.
        """
        missing = "(f.article_id IS NULL OR f.extractor != :x)" if stale else "f.article_id IS NULL"
        rows = self.db.execute(
            f"""SELECT a.* FROM articles a LEFT JOIN facts f ON f.article_id = a.id WHERE {missing} AND a.id > :after
               AND NOT EXISTS (SELECT 1 FROM extraction_failures x WHERE x.article_id = a.id AND x.extractor = :x)
               ORDER BY a.id LIMIT :limit""",
            {"x": extractor, "after": after, "limit": limit},
        ).fetchall()
        return [self._article(r) for r in rows]

    def stale_articles(self, extractor: str, *, limit: int = -1) -> list[Article]:
        """Articles whose facts came from another extractor, newest first (what a run refreshes)."""
        rows = self.db.execute(
            # < or > rather than !=: two range scans of the extractor index, empty when all is current.
            """SELECT a.* FROM facts f JOIN articles a ON a.id = f.article_id
               WHERE (f.extractor < :x OR f.extractor > :x)
               AND NOT EXISTS (SELECT 1 FROM extraction_failures x WHERE x.article_id = a.id AND x.extractor = :x)
               ORDER BY COALESCE(a.published, a.fetched) DESC, a.id LIMIT :limit""",
            {"x": extractor, "limit": limit},
        ).fetchall()
        return [self._article(r) for r in rows]

    def count_without_facts(self, extractor: str) -> int:
        """How many articles :meth:`articles_without_facts` would return."""
        return self.db.execute(
            """SELECT COUNT(*) FROM articles a LEFT JOIN facts f ON f.article_id = a.id
               WHERE (f.article_id IS NULL OR f.extractor != ?)
               AND NOT EXISTS (SELECT 1 FROM extraction_failures x WHERE x.article_id = a.id AND x.extractor = ?)""",
            (extractor, extractor),
        ).fetchone()[0]

    def save_facts(self, facts: Iterable[Facts], *, extractor: str) -> None:
        rows = [(f.id, extractor, json.dumps(f.to_dict()), _now()) for f in facts]
        with self.transaction() as db:
            db.executemany(
                """INSERT INTO facts (article_id, extractor, data, extracted_at) VALUES (?, ?, ?, ?)
                   ON CONFLICT (article_id) DO UPDATE SET extractor = excluded.extractor,
                   data = excluded.data, extracted_at = excluded.extracted_at""",
                rows,
            )
            db.executemany("DELETE FROM extraction_failures WHERE article_id = ?", [(r[0],) for r in rows])
            db.executemany("DELETE FROM posture_facts WHERE article_id = ?", [(r[0],) for r in rows])
            db.executemany(
                f"""INSERT INTO posture_facts (article_id, force, country, day, data)
                    SELECT f.article_id, json_extract(p.value, '$.force'), json_extract(p.value, '$.country'),
                           {_POSTURE_DAY}, p.value
                    FROM facts f JOIN articles a ON a.id = f.article_id, json_each(f.data, '$.troop_posture') p
                    WHERE f.article_id = ?""",
                [(r[0],) for r in rows],
            )

    def record_extraction_failure(
        self, article_id: str, *, extractor: str, error: str, run_id: int | None = None
    ) -> None:
        """The extractor crashed on an article: kept until an extractor succeeds on it."""
        with self.transaction() as db:
            db.execute(
                """INSERT INTO extraction_failures (article_id, extractor, error, run_id, failed_at)
                   VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET extractor = excluded.extractor,
                   error = excluded.error, run_id = excluded.run_id, failed_at = excluded.failed_at""",
                (article_id, extractor, error, run_id, _now()),
            )

    def extraction_failures(self, *, run_id: int | None = None) -> list[dict[str, Any]]:
        """Articles the extractor failed on (those of one run, or all), with title, URL and error."""
        where, params = ("WHERE x.run_id = ?", (run_id,)) if run_id is not None else ("", ())
        rows = self.db.execute(
            f"""SELECT x.article_id, a.title, a.url, x.extractor, x.error, x.run_id, x.failed_at
                FROM extraction_failures x JOIN articles a ON a.id = x.article_id {where}
                ORDER BY x.failed_at, x.article_id""",
            params,
        )
        return [dict(r) for r in rows]

    def facts_for(self, article_ids: Iterable[str]) -> dict[str, Facts]:
        ids = list(article_ids)
        out: dict[str, Facts] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.db.execute(
                f"SELECT article_id, data FROM facts WHERE article_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            for article_id, data in rows:
                out[article_id] = Facts.from_dict(json.loads(data))
        return out

    # --- runs ----------------------------------------------------------------------------

    def _run(self, row: sqlite3.Row) -> RunRecord:
        return RunRecord(
            id=row["id"],
            brief_id=row["brief_id"],
            scheduled_for=_dt(row["scheduled_for"]),
            as_of=_dt(row["as_of"]),  # type: ignore[arg-type]
            started=_dt(row["started"]),  # type: ignore[arg-type]
            finished=_dt(row["finished"]),
            status=RunStatus(row["status"]),
            trigger=row["trigger"],
            issue=row["issue"],
            articles=row["articles"],
            incidents=row["incidents"],
            output=row["output"],
            facts_hash=row["facts_hash"],
            error=row["error"],
        )

    def start_run(
        self,
        brief_id: str,
        *,
        as_of: datetime,
        scheduled_for: datetime | None = None,
        trigger: str = "manual",
    ) -> tuple[RunRecord, bool]:
        """Record a run before any work; with ``scheduled_for`` the run key is unique.

        Returns the run and whether it was created now (False: that scheduled run exists already).
        """
        with self.transaction() as db:
            if scheduled_for is not None:
                row = db.execute(
                    "SELECT * FROM runs WHERE brief_id = ? AND scheduled_for = ?",
                    (brief_id, _iso(scheduled_for)),
                ).fetchone()
                if row is not None:
                    return self._run(row), False
            issue = self.issue_at(brief_id, as_of)
            cursor = db.execute(
                """INSERT INTO runs (brief_id, scheduled_for, as_of, started, status, trigger, issue)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                (brief_id, _iso(scheduled_for), _iso(as_of), _now(), RunStatus.RUNNING, trigger, issue),
            )
            row = db.execute("SELECT * FROM runs WHERE id = ?", (cursor.lastrowid,)).fetchone()
            return self._run(row), True

    def issue_at(self, brief_id: str, as_of: datetime) -> int:
        """Issues are numbered by their moment, not by when they were made: a run at the moment of
        an issue on record is that issue again; otherwise it follows the latest issue before it."""
        same = self.db.execute(
            f"""SELECT issue FROM runs WHERE brief_id = ? AND status IN {_PRODUCED} AND as_of = ?
                ORDER BY id DESC LIMIT 1""",
            (brief_id, _iso(as_of)),
        ).fetchone()
        if same is not None and same[0] is not None:
            return int(same[0])
        before = self.db.execute(
            f"SELECT COALESCE(MAX(issue), 0) FROM runs WHERE brief_id = ? AND status IN {_PRODUCED} AND as_of < ?",
            (brief_id, _iso(as_of)),
        ).fetchone()[0]
        return int(before) + 1

    def finish_run(self, run_id: int, *, status: RunStatus, **fields: Any) -> RunRecord:
        """Set a run's outcome; ``fields`` are columns: articles, incidents, output, facts_hash, brief, error."""
        allowed = {"articles", "incidents", "output", "facts_hash", "brief", "error"}
        unknown = set(fields) - allowed
        if unknown:
            raise StoreError(f"unknown run fields: {sorted(unknown)}")
        cols = ", ".join(f"{k} = ?" for k in fields)
        with self.transaction() as db:
            db.execute(
                f"UPDATE runs SET status = ?, finished = ?{', ' + cols if cols else ''} WHERE id = ?",
                (status, _now(), *fields.values(), run_id),
            )
            return self._run(db.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone())

    def run(self, run_id: int) -> RunRecord | None:
        row = self.db.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
        return self._run(row) if row else None

    def runs(self, brief_id: str | None = None, *, limit: int = 50) -> list[RunRecord]:
        """Most recent first."""
        if brief_id is None:
            rows = self.db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,))
        else:
            rows = self.db.execute(
                "SELECT * FROM runs WHERE brief_id = ? ORDER BY id DESC LIMIT ?", (brief_id, limit)
            )
        return [self._run(r) for r in rows]

    def last_produced_run(
        self, brief_id: str, *, before_run: int | None = None, at_or_before: datetime | None = None
    ) -> RunRecord | None:
        """The run that produced and delivered (or kept) the latest issue by moment (up to
        ``at_or_before``), however many skips since; ``before_run`` leaves that run out."""
        row = self.db.execute(
            f"""SELECT * FROM runs WHERE brief_id = ? AND status IN {_KEPT}
               AND id != COALESCE(?, -1) AND as_of <= COALESCE(?, '9999')
               ORDER BY as_of DESC, id DESC LIMIT 1""",
            (brief_id, before_run, _iso(at_or_before)),
        ).fetchone()
        return self._run(row) if row else None

    def run_for(self, brief_id: str, scheduled_for: datetime) -> RunRecord | None:
        """The run recorded under the key (brief, scheduled time), if any."""
        row = self.db.execute(
            "SELECT * FROM runs WHERE brief_id = ? AND scheduled_for = ?", (brief_id, _iso(scheduled_for))
        ).fetchone()
        return self._run(row) if row else None

    def last_scheduled_run(self, brief_id: str) -> RunRecord | None:
        """The scheduled run with the latest scheduled time (what 'missed since' is measured from)."""
        row = self.db.execute(
            """SELECT * FROM runs WHERE brief_id = ? AND scheduled_for IS NOT NULL
               ORDER BY scheduled_for DESC LIMIT 1""",
            (brief_id,),
        ).fetchone()
        return self._run(row) if row else None

    def unfinished_runs(self, statuses: Iterable[RunStatus] = RUN_UNFINISHED) -> list[RunRecord]:
        """Scheduled runs left unfinished (a crash or a stop), oldest first."""
        wanted = list(statuses)
        rows = self.db.execute(
            f"""SELECT * FROM runs WHERE scheduled_for IS NOT NULL AND status IN ({",".join("?" * len(wanted))})
                ORDER BY id""",
            wanted,
        )
        return [self._run(r) for r in rows]

    def last_brief_data(self, brief_id: str, *, before: datetime | None = None) -> dict[str, Any] | None:
        """The brief data (JSON) of the latest issue by moment (strictly before ``before``): the
        base of 'changes since the last brief', and what `export` takes as the latest issue.
        A back-dated run never becomes the latest."""
        row = self.db.execute(
            f"""SELECT brief FROM runs WHERE brief_id = ? AND brief IS NOT NULL AND status IN {_PRODUCED}
               AND as_of < COALESCE(?, '9999') ORDER BY as_of DESC, id DESC LIMIT 1""",
            (brief_id, _iso(before)),
        ).fetchone()
        return json.loads(row[0]) if row else None

    def record_source_result(
        self, run_id: int | None, source_id: str, *, status: str, new_articles: int, error: str | None
    ) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO source_results (run_id, source_id, status, new_articles, error, at) VALUES (?,?,?,?,?,?)",
                (run_id, source_id, status, new_articles, error, _now()),
            )

    def source_results(self, run_id: int) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT source_id, status, new_articles, error FROM source_results WHERE run_id = ? ORDER BY rowid",
            (run_id,),
        )
        return [dict(r) for r in rows]

    # --- deliveries ----------------------------------------------------------------------

    def record_delivery(
        self,
        run_id: int,
        channel: str,
        recipient: str,
        *,
        status: DeliveryStatus,
        error: str | None = None,
        attempt: bool = True,
    ) -> None:
        """Upsert one recipient's delivery outcome, counting attempts (``attempt=False``: a state change only)."""
        step = 1 if attempt else 0
        with self.transaction() as db:
            db.execute(
                """INSERT INTO deliveries (run_id, channel, recipient, status, attempts, error, updated)
                   VALUES (?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (run_id, channel, recipient) DO UPDATE SET status = excluded.status,
                   attempts = attempts + ?, error = excluded.error, updated = excluded.updated""",
                (run_id, channel, recipient, status, step, error, _now(), step),
            )

    def deliveries(self, run_id: int) -> list[DeliveryRecord]:
        rows = self.db.execute("SELECT * FROM deliveries WHERE run_id = ? ORDER BY id", (run_id,))
        return [
            DeliveryRecord(
                run_id=r["run_id"],
                channel=r["channel"],
                recipient=r["recipient"],
                status=DeliveryStatus(r["status"]),
                attempts=r["attempts"],
                error=r["error"],
                updated=_dt(r["updated"]),  # type: ignore[arg-type]
            )
            for r in rows
        ]


def _switch_to_wal(db: sqlite3.Connection) -> None:
    """Turn on WAL, waiting while another process opening the same new file holds it.

    Changing the journal mode can fail with "database is locked" at once, without SQLite's busy
    timeout, when several processes open a fresh database together; they take turns instead. A
    plain loop rather than tenacity: every CLI call opens the store, and start-up stays lean.
    """
    deadline = time.monotonic() + 30
    pause = 0.01
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.5)


def open_store(path: str | Path, *, create: bool = True) -> Store:
    """Open (creating and migrating as needed) the database at ``path``.

    ``create=False`` is for commands that only look (status, history): a missing database is an
    error naming the path instead of a new empty file, which would hide a wrong config.
    """
    path = Path(path)
    if not create and not path.is_file():
        raise StoreError(f"no database at {path}: nothing has run with this config yet (storage.database)")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        db.row_factory = sqlite3.Row
        _switch_to_wal(db)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA synchronous = NORMAL")
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a usable SQLite database ({exc})") from None
    if version > SCHEMA_VERSION:
        db.close()
        raise StoreError(
            f"{path}: schema version {version} is newer than this reporter ({SCHEMA_VERSION}); upgrade"
        )
    while version < SCHEMA_VERSION:
        db.execute("BEGIN IMMEDIATE")
        try:
            # Read again under the write lock: another process opening the same new database may
            # have migrated it since we looked (two `serve`s, or `run` beside `serve`).
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version < SCHEMA_VERSION:
                MIGRATIONS[version](db)
                version += 1
                db.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            db.rollback()
            raise
        db.commit()
    return Store(db, path)
