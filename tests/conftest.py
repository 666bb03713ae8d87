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



def incident_reports(articles):
    """Self-written articles ((text, published day) pairs) read as the brief reads its sources: one
    report per incident, numbered by article from 1."""
    from reporter.brief.merge import Report

    extractor = shared_extractor()
    return [
        Report(source=n, published=day, fact=inc)
        for n, (text, day) in enumerate(articles, 1)
        for inc in extractor.extract(text, id=f"a{n}", published=day).incidents
    ]


def milestone_reports(articles):
    """As :func:`incident_reports`, one report per milestone."""
    from reporter.brief.merge import Report

    extractor = shared_extractor()
    return [
        Report(source=n, published=day, fact=m)
        for n, (text, day) in enumerate(articles, 1)
        for m in extractor.extract(text, id=f"a{n}", published=day).milestones
    ]


def brief_rows(*articles: tuple[str, date]) -> list[set[int]]:
    """The brief's incident rows over self-written articles, each row as the set of its articles'
    numbers (from 1, in the order given), rows ordered by their first article."""
    from reporter.brief.merge import group_incidents

    return sorted(({r.source for r in g} for g in group_incidents(incident_reports(articles))), key=min)


def timeline_lines(articles: list[tuple[str, date]], as_of: date):
    """The brief's timeline lines (merge_milestones) over self-written articles, as of ``as_of``."""
    from reporter.brief.commitments import merge_milestones

    return merge_milestones(milestone_reports(articles), as_of=as_of)


def outlet_brief(ex, *told: tuple[str, str], as_of=None):
    """The brief built from self-written pages, each told as (page day, text) by its own
    outlet ("Desk 1", "Desk 2", ...), as of ``as_of`` (default 2031-01-10 06:00 UTC)."""
    from datetime import UTC, datetime

    from reporter.brief.build import build_brief
    from reporter.config import BriefConfig
    from reporter.models import Article, content_hash

    articles, facts = [], {}
    for n, (day, text) in enumerate(told, 1):
        published = datetime.fromisoformat(day).replace(tzinfo=UTC)
        article = Article(
            id=f"p{n}", source_id="fixture", url=None, outlet=f"Desk {n}", title=None, published=published,
            published_from="metadata", fetched=published, text=text, content_hash=content_hash(text),
        )  # fmt: skip
        articles.append(article)
        facts[article.id] = ex.extract(text, id=article.id, published=published.date())
    as_of = as_of or datetime(2031, 1, 10, 6, tzinfo=UTC)
    spec = BriefConfig(id="outlets", title="Outlets", period="all", as_of=as_of)
    return build_brief(spec, articles=articles, facts=facts, as_of=as_of, period_start=None, issue=1)
