"""run_brief end to end on a real store: run keys, skip rules and failing parts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from reporter.config import load_config
from reporter.models import Article, content_hash
from reporter.pipeline import date_from_text, run_brief
from reporter.store import open_store

ARTICLE = """---
title: Rockets hit base near Baghdad airport
outlet: Test Wire
published: 2025-06-18
---
Two rockets struck Victory Base near Baghdad airport on Wednesday, wounding one contractor, an Iraqi
security official said.
"""

CONFIG = """\
storage: {database: var/db.sqlite}
output: {directory: out}
delivery: {outbox: var/outbox}
sources:
  - {id: local, kind: file, path: articles/*.txt}
briefs:
  - id: daily
    title: Daily
    period: all
    recipients: {to: [reader@example.org]}
    skip_if_unchanged: true
    sections: [header, incidents]  # these tests are about runs, not figures: no map or charts to draw
"""

T0 = datetime(2025, 6, 20, 6, 0, tzinfo=UTC)


@pytest.fixture
def setup(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE)
    (tmp_path / "reporter.yaml").write_text(CONFIG)
    config = load_config(tmp_path / "reporter.yaml")
    with open_store(config.resolve(config.storage.database)) as store:
        yield config, store


def test_same_scheduled_run_is_not_repeated(setup):
    """Asking twice for one (brief, scheduled time) produces and delivers one issue."""
    config, store = setup
    first = run_brief(config, config.briefs[0], store=store, scheduled_for=T0, trigger="schedule")
    again = run_brief(config, config.briefs[0], store=store, scheduled_for=T0, trigger="schedule")
    assert first.run.status == "delivered" and first.pdf.is_file()
    assert again.repeated and again.run.id == first.run.id
    assert len(store.deliveries(first.run.id)) == 1
    assert len(list((config.resolve("var/outbox")).glob("*.eml"))) == 1


def test_unchanged_facts_skip_however_many_runs_since(setup):
    """skip_if_unchanged compares with the last produced issue even after many skipped runs."""
    config, store = setup
    outcomes = [
        run_brief(
            config, config.briefs[0], store=store, scheduled_for=T0 + timedelta(hours=i), trigger="schedule"
        )
        for i in range(25)
    ]
    assert [o.run.status for o in outcomes].count("delivered") == 1
    assert all(o.skipped for o in outcomes[1:])


def test_new_article_ends_the_skipping(setup, tmp_path):
    """A new article with new facts makes the next run produce an issue again."""
    config, store = setup
    run_brief(config, config.briefs[0], store=store, scheduled_for=T0, trigger="schedule")
    (tmp_path / "articles" / "b.txt").write_text(
        ARTICLE.replace("Two rockets struck Victory Base", "Three drones attacked Erbil air base").replace(
            "Rockets hit base near Baghdad airport", "Drones target Erbil"
        )
    )
    later = run_brief(
        config, config.briefs[0], store=store, scheduled_for=T0 + timedelta(days=1), trigger="schedule"
    )
    assert later.run.status == "delivered", later.run.error


def test_skip_if_empty(setup, tmp_path):
    """With skip_if_empty and no incidents in the period, nothing is rendered or delivered."""
    config, store = setup
    brief = config.briefs[0].model_copy(update={"skip_if_empty": True, "period": "24h"})
    outcome = run_brief(config, brief, store=store, as_of=T0 + timedelta(days=30))
    assert outcome.run.status == "skipped" and "skip_if_empty" in outcome.skipped
    assert outcome.pdf is None and store.deliveries(outcome.run.id) == []


def test_broken_template_fails_the_run_not_the_process(setup):
    """A template error is recorded on the run with a clear message; run_brief returns normally."""
    config, store = setup
    brief = config.briefs[0].model_copy(update={"template": "no-such-template.html.j2"})
    outcome = run_brief(config, brief, store=store, as_of=T0)
    assert outcome.run.status == "failed"
    assert "no-such-template" in outcome.run.error


def test_extractor_id_follows_lexicon_content(tmp_path):
    """A changed user lexicon gives another extractor id, so stored facts are extracted again."""
    from reporter.pipeline import extractor_id

    lexicon = tmp_path / "places.yaml"
    lexicon.write_text("places: []\n")
    before = extractor_id([lexicon])
    assert extractor_id([lexicon]) == before
    lexicon.write_text("places: [{name: Kani, country: Iraq}]\n")
    assert extractor_id([lexicon]) != before != extractor_id()


def test_changed_rules_reextract_stored_articles(setup):
    """Articles whose facts came from another extractor version are extracted again on the next run."""
    config, store = setup
    run_brief(config, config.briefs[0], store=store, as_of=T0, deliver=False)
    (article,) = store.articles()
    store.save_facts([store.facts_for([article.id])[article.id]], extractor="rules-old")
    assert store.articles_without_facts("rules-old") == []
    run_brief(config, config.briefs[0], store=store, as_of=T0, deliver=False)
    assert store.articles_without_facts("rules-old") == [article]


def test_extraction_crash_is_a_recorded_failure_not_empty_facts(setup, tmp_path, monkeypatch):
    """An article the extractor raises on gets no facts record but a failure with the error; the
    same extractor does not retry it, a changed one (here: a new lexicon) does."""
    from click.testing import CliRunner

    from reporter.cli import main
    from reporter.extract import Extractor
    from reporter.pipeline import extract_pending

    config, store = setup

    def crash(self, text, **kwargs):
        raise ValueError("unexpected token")

    monkeypatch.setattr(Extractor, "extract", crash)
    outcome = run_brief(config, config.briefs[0], store=store, as_of=T0)
    (failure,) = store.extraction_failures(run_id=outcome.run.id)
    assert failure["error"] == "ValueError: unexpected token"
    assert failure["title"] == "Rockets hit base near Baghdad airport"
    assert store.facts_for([failure["article_id"]]) == {}
    shown = CliRunner().invoke(main, ["history", "--config", str(config.path)]).output
    assert f"extraction failed: article {failure['article_id']} (Rockets hit" in shown
    assert "ValueError: unexpected token" in shown
    monkeypatch.undo()
    assert extract_pending(config, store=store) == 0  # same extractor: not retried every run
    (tmp_path / "extra.yaml").write_text("places: []\n")
    changed = config.model_copy(
        update={"extraction": config.extraction.model_copy(update={"lexicons": ("extra.yaml",)})}
    )
    assert extract_pending(changed, store=store) == 1
    assert store.extraction_failures() == [] and store.facts_for([failure["article_id"]])


def test_unchanged_files_are_not_read_again(setup, tmp_path):
    """A file source reads only files whose size or mtime changed since their article was stored."""
    config, store = setup
    first = run_brief(config, config.briefs[0], store=store, as_of=T0, deliver=False)
    again = run_brief(config, config.briefs[0], store=store, as_of=T0, deliver=False)
    assert len(first.sources[0].articles) == 1
    assert again.sources[0].articles == () and again.sources[0].unchanged == 1
    assert again.sources[0].status == "ok"
    path = tmp_path / "articles" / "a.txt"
    path.write_text(ARTICLE.replace("one contractor", "two contractors"))
    changed = run_brief(config, config.briefs[0], store=store, as_of=T0, deliver=False)
    assert len(changed.sources[0].articles) == 1 and changed.sources[0].unchanged == 0


def test_posture_change_against_the_figure_on_record_before_the_period(setup, tmp_path):
    """A daily brief's troop figure shows its change since the latest figure stored before its period."""
    config, store = setup
    articles = tmp_path / "articles"
    for name, day, count in (("old.txt", "2025-06-02", "2,500"), ("new.txt", "2025-06-20", "2,000")):
        (articles / name).write_text(
            f"---\ntitle: Troops {count}\npublished: {day}\n---\n"
            f"About {count} US troops are stationed in Iraq, the Pentagon said.\n"
        )
    brief = config.briefs[0].model_copy(update={"period": "24h"})
    outcome = run_brief(config, brief, store=store, as_of=T0, deliver=False)
    (figure,) = outcome.brief.posture
    assert (figure.count, figure.previous, figure.change) == (2000, 2500, -500)
    assert figure.change_basis == "since the previous figure on record"


def test_changed_extractor_is_caught_up_outside_the_run(setup, tmp_path):
    """A run extracts only new articles; older facts are refreshed after it, a few at a time, or by
    `reporter reextract` in the process pool with progress."""
    from click.testing import CliRunner

    from reporter.cli import main
    from reporter.pipeline import EXTRACTOR_ID

    config, store = setup
    for n in (2, 3):
        (tmp_path / "articles" / f"{n}.txt").write_text(ARTICLE.replace("Two rockets", f"{n} rockets"))
    run_brief(config, config.briefs[0], store=store, as_of=T0, deliver=False)
    ids = [a.id for a in store.articles()]
    store.save_facts(list(store.facts_for(ids).values()), extractor="rules-old")
    run_brief(config, config.briefs[0], store=store, as_of=T0, deliver=False, refresh=1)
    assert len(store.stale_articles(EXTRACTOR_ID)) == 2  # one refreshed after the brief
    result = CliRunner().invoke(main, ["reextract", "--config", str(config.path), "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert "Re-extracting: 2 of 2" in result.output and "re-extracted 2 articles" in result.output
    assert store.stale_articles(EXTRACTOR_ID) == [] and store.count_without_facts(EXTRACTOR_ID) == 0


def test_an_undated_page_takes_the_day_its_address_writes_before_the_file_time():
    def article(text: str, url: str | None) -> Article:
        return Article(
            id="a1", source_id="s", url=url, outlet=None, title=None,
            published=datetime(2026, 1, 20, tzinfo=UTC), published_from="file_time",
            fetched=datetime(2026, 1, 20, tzinfo=UTC), text=text, content_hash=content_hash(text),
        )

    text = "Rockets fell near an airport on Sunday, a spokesman said."
    got = date_from_text(article(text, "https://example.com/2025/11/04/rockets-near-an-airport/"))
    assert (got.published.date().isoformat(), got.published_from) == ("2025-11-04", "url")
    # no day in the address: the file's time stays
    assert date_from_text(article(text, "https://example.com/stories/8812")).published_from == "file_time"
    # the text's own stamp beats the address
    stamped = date_from_text(article("Published: 2 March 2025\n" + text, "https://example.com/2025/11/04/x/"))
    assert (stamped.published.date().isoformat(), stamped.published_from) == ("2025-03-02", "text")
