"""One brief run, composed: sources -> extract -> store -> brief -> render -> deliver.

``run_brief`` is what the CLI and the scheduler call. Side effects come in as arguments (config,
store, clock), so tests hand in a temporary database and a fixed moment.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from reporter import __version__
from reporter.brief.build import BriefData, build_brief
from reporter.config import BriefConfig, Config, SourceConfig
from reporter.errors import ReporterError
from reporter.files import stamp
from reporter.models import RUN_FINISHED, Article, Facts, RunStatus
from reporter.sources import SourceResult, canonical_url, fetch_sources
from reporter.sources.document import to_utc
from reporter.store import RunRecord, Store

log = logging.getLogger(__name__)


def extractor_id(lexicon_paths: Sequence[Path] = ()) -> str:
    """Names the extractor's rules and lexicons: stored facts made by any other are extracted again.

    A fingerprint of the extract package's code, data and model files plus the user's lexicon files (their
    stamp, which the brief's caches follow too), so a changed rule or place list takes effect on articles
    already in the store.
    """
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent / "extract"
    # Code, data and any model file the package ships; the tables outside it that it reads (incident types,
    # ship nouns, and how word tables become patterns).
    shipped = sorted(
        p
        for p in package.rglob("*")
        if p.is_file() and p.suffix not in (".md", ".pyc") and "__pycache__" not in p.parts
    )
    shared = ("incident_types.py", "ship_nouns.py", "wordlists.py")
    for path in [*shipped, *(package.parent / name for name in shared)]:
        digest.update(path.name.encode())
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())
    digest.update(stamp(lexicon_paths).encode())
    return f"rules-{__version__}-{digest.hexdigest()[:12]}"


#: The bundled extractor's id (no user lexicons).
EXTRACTOR_ID = extractor_id()


@dataclass(frozen=True, kw_only=True, slots=True)
class RunOutcome:
    run: RunRecord
    pdf: Path | None = None
    html: Path | None = None
    brief: BriefData | None = None
    sources: tuple[SourceResult, ...] = ()
    deliveries: tuple = ()
    skipped: str | None = None
    repeated: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.run.status in (RunStatus.OK, RunStatus.DELIVERED, RunStatus.SKIPPED)


def ingest(
    config: Config, sources: Sequence[SourceConfig], *, store: Store, now: datetime, run_id: int | None = None
) -> list[SourceResult]:
    """Fetch sources, store new articles (de-duplicated), extract facts for what is new."""
    results = fetch_sources(sources, fetch=config.fetch, resolve_path=config.resolve, state=store, now=now)
    for result in results:
        articles = [date_from_text(a) for a in result.articles]
        # One transaction per source: a file is stamped as read only together with its article.
        with store.transaction():
            new = sum(store.add_article(a, canonical_url=canonical_url(a.url)) for a in articles)
            store.save_file_stamps(result.source_id, result.stamps)
            store.record_source_result(
                run_id, result.source_id, status=result.status, new_articles=new, error=result.error
            )
        unchanged = f", {result.unchanged} files unchanged" if result.unchanged else ""
        log.info(
            "source %s: %s, %d new of %d%s",
            result.source_id,
            result.status,
            new,
            len(result.articles),
            unchanged,
        )
    extract_pending(config, store=store, run_id=run_id)
    return results


def date_from_text(article: Article) -> Article:
    """An article without a page or feed date takes the date its text states, else the day its address
    writes ("/2024/03/15/"), before the file time.

    Sources cannot read dates from text (they never import the extractor), so this step is here.
    """
    if article.published_from in ("metadata", "feed"):
        return article  # the page's or the feed entry's own date beats one read from prose
    # Imported here: the extractor compiles its patterns on import (from the cache, through the
    # package), and a run with nothing new never needs them.
    from reporter.extract import infer_published
    from reporter.extract.dates import read_as_of
    from reporter.extract.published import published_in_url

    with read_as_of(article.fetched.date()):  # a yearless date is read as of the fetch, not of today
        stated, source = infer_published(article.text), "text"
        if stated is None:  # a day the page's address writes ("/2024/03/15/") beats the file's time
            stated, source = published_in_url(article.url), "url"
    if stated is None:
        return article
    published = datetime(stated.year, stated.month, stated.day, tzinfo=UTC)
    return dataclasses.replace(article, published=published, published_from=source)


#: Articles whose facts came from an older extractor, refreshed after each run's brief is out
#: (newest first); `reporter reextract` does the whole store at once in the process pool.
REEXTRACT_PER_RUN = 100


def extract_pending(
    config: Config, *, store: Store, run_id: int | None = None, stale: bool = False, limit: int = -1
) -> int:
    """Extract facts for stored articles never extracted (``stale``: also those from an older extractor).

    A run extracts only what is new; facts from an older extractor still serve until refreshed.
    An article the extractor raises on is recorded as a failure (with the error), not as empty
    facts: `history` shows it, and it is tried again once the extractor changes.
    """
    lexicons = tuple(config.resolve(p) for p in config.extraction.lexicons)
    version = extractor_id(lexicons)
    if stale:
        pending = store.stale_articles(version, limit=limit)
    else:
        pending = store.articles_without_facts(version, stale=False, limit=limit)
    if not pending:
        return 0
    from reporter.extract import iter_article_facts

    found = _save_extracted(iter_article_facts(pending, lexicon_paths=lexicons), store, version, run_id)
    failed = len(pending) - found
    log.info(
        "extracted facts from %d %sarticles%s",
        found,
        "older " if stale else "",
        f", failed on {failed}" if failed else "",
    )
    return found


def _save_extracted(results, store: Store, version: str, run_id: int | None) -> int:
    found: list[Facts] = []
    for article_id, facts, error in results:
        if facts is None:
            store.record_extraction_failure(article_id, extractor=version, error=error or "", run_id=run_id)
        else:
            found.append(facts)
    store.save_facts(found, extractor=version)
    return len(found)


def reextract(
    config: Config,
    *,
    store: Store,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    batch: int = 256,
) -> int:
    """Extract every stored article without facts from the current extractor, in the process pool.

    Facts are saved batch by batch, so an interrupted run keeps what it finished; ``progress``
    gets (done, total) after each batch. Returns the number of articles with new facts.
    """
    import itertools
    import os

    from reporter.extract import iter_article_facts

    lexicons = tuple(config.resolve(p) for p in config.extraction.lexicons)
    version = extractor_id(lexicons)
    total = store.count_without_facts(version)
    workers = workers or (max(1, os.cpu_count() or 1) if total >= 200 else 1)

    def articles() -> Iterator[Article]:
        # Paged by id, so only a page of text is held at a time; pages already saved have facts
        # and ids below ``after``, so saving as we go never skips or repeats an article.
        after = ""
        while page := store.articles_without_facts(version, after=after, limit=batch):
            yield from page
            after = page[-1].id

    results = iter_article_facts(articles(), lexicon_paths=lexicons, workers=workers)
    done = found = 0
    while chunk := list(itertools.islice(results, batch)):
        found += _save_extracted(chunk, store, version, None)
        done += len(chunk)
        if progress:
            progress(done, total)
    log.info("re-extracted %d of %d articles with %s", found, done, version)
    return found


def output_path(
    config: Config, spec: BriefConfig, as_of: datetime, suffix: str, *, run_id: int | None = None
) -> Path:
    """``<output>/<brief>/<brief>-<moment>-run<N><suffix>``: the run id keeps two runs at one
    moment from overwriting each other (a resumed run rewrites only its own files)."""
    stamp = as_of.astimezone(UTC).strftime("%Y%m%dT%H%MZ")
    run = f"-run{run_id}" if run_id is not None else ""
    return config.resolve(config.output.directory) / spec.id / f"{spec.id}-{stamp}{run}{suffix}"


def collect_brief(
    config: Config, spec: BriefConfig, *, store: Store, as_of: datetime, issue: int
) -> BriefData:
    """The brief's data for its period, from what the store holds."""
    delta = spec.period_delta
    period_start = as_of - delta if delta else None
    source_ids = [s.id for s in config.sources_for(spec)]
    articles = store.articles(source_ids=source_ids, since=period_start, until=as_of)
    facts = store.facts_for(a.id for a in articles)
    # Earlier troop figures "on record" before the period, for the posture change: by query.
    history = store.posture_history(source_ids=source_ids, until=period_start) if period_start else []
    return build_brief(
        spec,
        articles=articles,
        facts=facts,
        as_of=as_of,
        period_start=period_start,
        issue=issue,
        previous=store.last_brief_data(spec.id, before=as_of),
        history=history,
        lexicon_paths=tuple(config.resolve(p) for p in config.extraction.lexicons),
    )


def run_brief(
    config: Config,
    spec: BriefConfig,
    *,
    store: Store,
    now: datetime | None = None,
    as_of: datetime | None = None,
    scheduled_for: datetime | None = None,
    trigger: str = "manual",
    deliver: bool = True,
    refresh: int = REEXTRACT_PER_RUN,
) -> RunOutcome:
    """Produce one issue of a brief and deliver it; never raises for a failing part.

    A scheduled run is keyed by (brief, scheduled time): asking for a finished one again returns
    it unchanged, and an unfinished one resumes, delivering only to recipients still pending.
    Once the brief is out, up to ``refresh`` articles with facts from an older extractor are
    extracted again, so a changed extractor never holds up a brief.
    """
    outcome = _run_brief(
        config,
        spec,
        store=store,
        now=now,
        as_of=as_of,
        scheduled_for=scheduled_for,
        trigger=trigger,
        deliver=deliver,
    )
    if refresh and not outcome.repeated:
        try:
            extract_pending(config, store=store, stale=True, limit=refresh)
        except Exception:  # the brief is out; a failed refresh is retried next run
            log.exception("refreshing older facts failed")
    return outcome


def _run_brief(
    config: Config,
    spec: BriefConfig,
    *,
    store: Store,
    now: datetime | None,
    as_of: datetime | None,
    scheduled_for: datetime | None,
    trigger: str,
    deliver: bool,
) -> RunOutcome:
    now = now or datetime.now(UTC)
    as_of = as_of or to_utc(spec.as_of) or scheduled_for or now
    run, created = store.start_run(spec.id, as_of=as_of, scheduled_for=scheduled_for, trigger=trigger)
    if not created and run.status in RUN_FINISHED:
        log.info(
            "brief %s for %s already %s (run %d); not repeated", spec.id, scheduled_for, run.status, run.id
        )
        return RunOutcome(run=run, pdf=Path(run.output) if run.output else None, repeated=True)
    if not created:
        from reporter.delivery.deliver import settle_unknown

        # Resuming: recipients already sent are skipped by deliver_brief; ones caught mid-SMTP
        # transaction by a crash may have the brief, so they become 'unknown' and are not resent.
        settle_unknown(store, run.id)
    log.info("brief %s: run %d as of %s (%s)", spec.id, run.id, as_of.isoformat(), trigger)
    results: list[SourceResult] = []
    try:
        results = ingest(config, config.sources_for(spec), store=store, now=now, run_id=run.id)
        data = collect_brief(config, spec, store=store, as_of=as_of, issue=run.issue or 1)
        facts_hash = data.facts_hash()
        skip = _skip_reason(spec, data, store=store, facts_hash=facts_hash, run=run)
        if skip:
            log.info("brief %s: skipped (%s)", spec.id, skip)
            run = store.finish_run(run.id, status=RunStatus.SKIPPED, error=skip, facts_hash=facts_hash)
            return RunOutcome(run=run, brief=data, sources=tuple(results), skipped=skip)

        from reporter.brief.render import render_brief
        from reporter.files import write_atomically

        rendered = render_brief(data, spec=spec, config=config, store=store)
        pdf = write_atomically(output_path(config, spec, as_of, ".pdf", run_id=run.id), rendered.pdf)
        html = write_atomically(
            output_path(config, spec, as_of, ".html", run_id=run.id), rendered.html.encode("utf-8")
        )
        run = store.finish_run(
            run.id,
            status=RunStatus.RENDERED,
            output=str(pdf),
            articles=len(data.sources),
            incidents=len(data.incidents),
            facts_hash=facts_hash,
            brief=json.dumps(data.to_json()),
        )
        deliveries: tuple = ()
        status = RunStatus.OK
        if deliver and spec.delivery:
            from reporter.delivery.deliver import deliver_brief, delivery_outcome

            records = deliver_brief(
                config,
                spec,
                store=store,
                run_id=run.id,
                pdf=pdf,
                html=rendered.email_html,
                text=rendered.email_text,
                images=rendered.email_images,
                subject_vars=rendered.subject_vars,
            )
            deliveries = tuple(records)
            # An empty record list counts as delivered, as it always has.
            status = delivery_outcome(records) if records else RunStatus.DELIVERED
        failed = status == RunStatus.FAILED
        run = store.finish_run(run.id, status=status, error="delivery failed" if failed else None)
        return RunOutcome(
            run=run, pdf=pdf, html=html, brief=data, sources=tuple(results), deliveries=deliveries
        )
    except ReporterError as exc:
        log.error("brief %s: run %d failed: %s", spec.id, run.id, exc)
        run = store.finish_run(run.id, status=RunStatus.FAILED, error=str(exc))
        return RunOutcome(run=run, sources=tuple(results))
    except Exception as exc:  # a bug must not take the service down; the run records it
        log.exception("brief %s: run %d failed unexpectedly", spec.id, run.id)
        run = store.finish_run(
            run.id, status=RunStatus.FAILED, error=f"internal error: {type(exc).__name__}: {exc}"
        )
        return RunOutcome(run=run, sources=tuple(results))


def _skip_reason(
    spec: BriefConfig, data: BriefData, *, store: Store, facts_hash: str, run: RunRecord
) -> str | None:
    if spec.skip_if_empty and not data.incidents:
        return "no incidents in the period (skip_if_empty)"
    if spec.skip_if_unchanged:
        previous = store.last_produced_run(spec.id, before_run=run.id, at_or_before=run.as_of)
        if previous is not None and previous.facts_hash == facts_hash:
            return "facts unchanged since the last delivered brief (skip_if_unchanged)"
    return None
