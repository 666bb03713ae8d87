"""The SQLite store: migrations, WAL, de-duplication, run keys and transactional writes on a real file."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from reporter.errors import StoreError
from reporter.models import Article, DeliveryStatus, Facts, Incident, Posture, RunStatus, content_hash
from reporter.store import SCHEMA_VERSION, open_store

NOW = datetime(2025, 6, 16, 6, 0, tzinfo=UTC)


def article(
    n: int, text: str | None = None, url: str | None = None, published: datetime | None = NOW
) -> Article:
    body = text or f"Article number {n} about a drone strike."
    return Article(
        id=f"a{n}",
        source_id="s",
        url=url,
        outlet="Wire",
        title=f"Title {n}",
        published=published,
        published_from="metadata",
        fetched=NOW,
        text=body,
        content_hash=content_hash(body),
    )


def test_new_database_is_migrated_and_in_wal_mode(tmp_path):
    """Opening a new file creates the schema at the current version in WAL mode."""
    with open_store(tmp_path / "r.db") as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_newer_schema_is_refused(tmp_path):
    """A database from a newer reporter is not touched."""
    path = tmp_path / "r.db"
    open_store(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_articles_deduplicated_by_url_and_content(tmp_path):
    """The same canonical URL or the same text (modulo whitespace and case) is stored once."""
    with open_store(tmp_path / "r.db") as store:
        assert store.add_article(article(1, url="https://x.org/a"), canonical_url="https://x.org/a")
        assert not store.add_article(article(2, url="https://x.org/a"), canonical_url="https://x.org/a")
        same_text = article(3, text="ARTICLE number 1 about   a drone strike.")
        assert not store.add_article(same_text, canonical_url=None)
        assert store.add_article(article(4), canonical_url=None)
        assert [a.id for a in store.articles()] == ["a1", "a4"]


def test_articles_filtered_by_period(tmp_path):
    """Period queries use publication time, inclusive at the end."""
    with open_store(tmp_path / "r.db") as store:
        store.add_article(article(1, published=NOW - timedelta(days=3)), canonical_url=None)
        store.add_article(article(2, published=NOW), canonical_url=None)
        got = store.articles(since=NOW - timedelta(days=1), until=NOW)
        assert [a.id for a in got] == ["a2"]
        assert got[0].published == NOW


def test_facts_round_trip(tmp_path):
    """Facts are stored per article and come back equal."""
    facts = Facts(
        id="a1",
        published="2025-06-15",
        incidents=(
            Incident(date="2025-06-15", type="interception", location="Ain al-Asad airbase", country="Iraq"),
        ),
    )
    with open_store(tmp_path / "r.db") as store:
        store.add_article(article(1), canonical_url=None)
        assert [a.id for a in store.articles_without_facts("v1")] == ["a1"]
        store.save_facts([facts], extractor="v1")
        assert store.articles_without_facts("v1") == []
        assert [a.id for a in store.articles_without_facts("v2")] == ["a1"]
        assert store.facts_for(["a1"]) == {"a1": facts}


def test_posture_history_is_the_latest_figures_per_force_and_country(tmp_path):
    """Earlier troop figures come by query: up to `per_key` latest per (force, country) before `until`."""

    def figure(count: int, country: str = "Iraq") -> Posture:
        return Posture(force="US", country=country, count=count, qualifier=None, evidence=f"{count} troops")

    with open_store(tmp_path / "r.db") as store:
        for n in range(1, 6):
            store.add_article(article(n, published=NOW + timedelta(days=n)), canonical_url=None)
        store.add_article(article(9, text="An article without figures."), canonical_url=None)
        store.save_facts(
            [
                *(Facts(id=f"a{n}", troop_posture=(figure(1000 * n),)) for n in range(1, 5)),
                Facts(id="a5", published="2025-06-01", troop_posture=(figure(7, "Syria"),)),
                Facts(id="a9"),
            ],
            extractor="v1",
        )
        history = store.posture_history(until=NOW + timedelta(days=4), per_key=2)
        counts = {(a.id, f.published): [p.count for p in f.troop_posture] for a, f in history}
        # a4 and a3 are the two latest Iraq figures; a5 was published after `until`, so not yet on record.
        assert counts == {("a3", "2025-06-19"): [3000], ("a4", "2025-06-20"): [4000]}
        store.save_facts([Facts(id="a4")], extractor="v2")  # re-extracted without the figure
        assert [a.id for a, _ in store.posture_history(until=NOW + timedelta(days=9), per_key=1)] == [
            "a5",
            "a3",
        ]


def test_scheduled_run_key_is_unique(tmp_path):
    """A (brief, scheduled time) pair is recorded once; asking again returns the same run."""
    with open_store(tmp_path / "r.db") as store:
        first, created = store.start_run("daily", as_of=NOW, scheduled_for=NOW, trigger="schedule")
        assert created and first.status is RunStatus.RUNNING
        again, created_again = store.start_run("daily", as_of=NOW, scheduled_for=NOW, trigger="schedule")
        assert not created_again and again.id == first.id
        store.finish_run(first.id, status=RunStatus.DELIVERED, output="x.pdf")
        manual, _ = store.start_run("daily", as_of=NOW)
        assert manual.issue == 1  # the same moment is the same issue


def test_issues_follow_the_brief_moment_not_run_order(tmp_path):
    """A back-dated run takes the number after the issue before its moment, never becomes the
    latest issue, and is no base for a later issue's changes."""
    day = timedelta(days=1)
    with open_store(tmp_path / "r.db") as store:

        def produce(as_of):
            run, _ = store.start_run("daily", as_of=as_of)
            store.finish_run(run.id, status="delivered", brief=json.dumps({"as_of": as_of.isoformat()}))
            return run.issue

        assert [produce(NOW), produce(NOW + day)] == [1, 2]
        assert produce(NOW - 5 * day) == 1  # back-dated: nothing was on record before it
        assert store.last_brief_data("daily")["as_of"] == (NOW + day).isoformat()
        assert store.last_brief_data("daily", before=NOW + day)["as_of"] == NOW.isoformat()
        assert produce(NOW + 2 * day) == 3
        assert store.last_produced_run("daily", at_or_before=NOW + day).as_of == NOW + day


def test_extraction_failure_is_kept_apart_and_retried_on_a_new_extractor(tmp_path):
    """A failure is no facts record: the article is skipped by that extractor, retried by the next."""
    with open_store(tmp_path / "r.db") as store:
        store.add_article(article(1), canonical_url=None)
        store.record_extraction_failure("a1", extractor="v1", error="ValueError: boom")
        assert store.articles_without_facts("v1") == []
        assert store.facts_for(["a1"]) == {}
        assert [f["error"] for f in store.extraction_failures()] == ["ValueError: boom"]
        assert [a.id for a in store.articles_without_facts("v2")] == ["a1"]
        store.save_facts([Facts(id="a1")], extractor="v2")
        assert store.extraction_failures() == []


def test_looking_never_creates_a_database(tmp_path):
    """open_store(create=False) on a missing file is an error naming it, and leaves no file."""
    with pytest.raises(StoreError, match="no database at"):
        open_store(tmp_path / "nope.db", create=False)
    assert not (tmp_path / "nope.db").exists()


def test_failed_transaction_leaves_nothing(tmp_path):
    """An error inside a transaction rolls every write of it back."""
    path = tmp_path / "r.db"
    with open_store(path) as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.add_article(article(1), canonical_url=None)
            raise RuntimeError("crash mid-run")
        assert store.articles() == []
    with open_store(path) as again:
        assert again.articles() == []


def test_deliveries_count_attempts(tmp_path):
    """Recording a recipient twice updates its status and counts the attempts."""
    with open_store(tmp_path / "r.db") as store:
        run, _ = store.start_run("daily", as_of=NOW)
        store.record_delivery(run.id, "smtp", "a@example.org", status=DeliveryStatus.FAILED, error="421")
        store.record_delivery(run.id, "smtp", "a@example.org", status=DeliveryStatus.SENT)
        (record,) = store.deliveries(run.id)
        assert record.status is DeliveryStatus.SENT and record.attempts == 2 and record.error is None


def _open_after(barrier, path, results):
    barrier.wait()
    try:
        open_store(path).close()
        results.put("ok")
    except Exception as exc:  # reported to the parent, which asserts on it
        results.put(repr(exc))


def test_processes_opening_a_new_database_together_migrate_it_once(tmp_path):
    """Several processes opening the same fresh database at once all succeed (no double migration)."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(4), ctx.Queue()
    path = tmp_path / "shared.db"
    procs = [ctx.Process(target=_open_after, args=(barrier, path, results)) for _ in range(4)]
    for p in procs:
        p.start()
    try:
        outcomes = [results.get(timeout=60) for _ in procs]
    finally:
        for p in procs:
            p.join(timeout=30)
            if p.is_alive():
                p.kill()
    assert outcomes == ["ok"] * 4
