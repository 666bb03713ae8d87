"""The `reporter` command line: the only place that prints, parses arguments and sets up logging.

Exit codes: 0 ok, 1 the run failed, 2 usage or configuration error. Errors we raise on purpose
become one line on stderr, never a traceback. Heavy modules are imported inside commands so
``reporter --help`` starts fast. Shared helpers live in ``cli.common``; command groups in
``cli.brief_commands`` and ``cli.service`` (neither imports this module).
"""

from __future__ import annotations

import gc
import json
import sys

import click

from reporter import __version__
from reporter.cli.brief_commands import export, preview
from reporter.cli.common import (
    config_option,
    echo,
    fail,
    handle_errors,
    load,
    parse_moment,
    progress,
    progress_bar,
    setup_logging,
)
from reporter.cli.service import COMMANDS as _SERVICE_COMMANDS
from reporter.models import DeliveryStatus, RunStatus


class _Group(click.Group):
    """Global options (-v, --log-format) are accepted after the command too: `reporter serve -v`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_global_options(args, set(self.commands)))


def hoist_global_options(args: list[str], commands: set[str]) -> list[str]:
    """The arguments with global options found after the command name moved before it."""
    start = next((i for i, a in enumerate(args) if a in commands), None)
    if start is None:
        return args
    before, moved, rest = list(args[: start + 1]), [], []
    tail = iter(args[start + 1 :])
    for arg in tail:
        if arg == "--":
            rest += [arg, *tail]
            break
        if arg == "--verbose" or (arg.startswith("-v") and set(arg[1:]) == {"v"}):
            moved.append(arg)
        elif arg == "--log-format":
            moved += [arg, next(tail, "")]
        elif arg.startswith("--log-format="):
            moved.append(arg)
        else:
            rest.append(arg)
    return [*before[:start], *moved, before[start], *rest]


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reporter")
@click.option(
    "--log-format",
    type=click.Choice(["auto", "plain", "rich", "json"]),
    default="auto",
    show_default=True,
    help="Log style: rich on a terminal, plain otherwise; json for machines.",
)
@click.option("-v", "--verbose", count=True, help="More logging (-v info, -vv debug).")
def main(log_format: str, verbose: int) -> None:
    """Situation briefs from news articles: extract incidents, troop posture and timelines; render PDF."""
    setup_logging(log_format, verbose)


@main.command()
@config_option
@click.option("--brief", "brief_ids", multiple=True, metavar="ID", help="Run only this brief (repeatable).")
@click.option("--as-of", "as_of", metavar="DATETIME", help="Produce the brief as of this moment (ISO 8601).")
@click.option("--no-deliver", is_flag=True, help="Render only; skip deliveries.")
@handle_errors
def run(config_path: str | None, brief_ids: tuple[str, ...], as_of: str | None, no_deliver: bool) -> None:
    """Run every configured brief once (or the ones named) and print the PDF paths."""
    from reporter.brief import pdf_worker

    # First of all: the PDF worker imports WeasyPrint on the other core while this process reads
    # the config, fetches, extracts and builds the brief (a run that fails early ends it unused).
    pdf_worker.start()
    try:
        failed = _run(config_path, brief_ids, as_of, no_deliver)
    finally:
        pdf_worker.stop()
    # The interpreter's last garbage collection at exit walks every object the run made (~0.1 s
    # with the lexicon and the map's outlines loaded): a process about to end frees them anyway.
    gc.freeze()
    sys.exit(1 if failed else 0)


def _run(config_path: str | None, brief_ids: tuple[str, ...], as_of: str | None, no_deliver: bool) -> bool:
    from reporter.pipeline import run_brief
    from reporter.store import open_store

    moment = parse_moment(as_of)
    config = load(config_path, check=True, environment=not no_deliver)
    specs = [config.brief(b) for b in brief_ids] if brief_ids else list(config.briefs)
    failed = False
    with open_store(config.resolve(config.storage.database)) as store:
        for spec in specs:
            with progress(f"Running brief {spec.id}: fetching, extracting, rendering"):
                outcome = run_brief(config, spec, store=store, as_of=moment, deliver=not no_deliver)
            for result in outcome.sources:
                if result.status == "error":
                    echo(f"warning: source {result.source_id}: {result.error}", err=True)
            if outcome.skipped:
                echo(f"{spec.id}: skipped: {outcome.skipped}", err=True)
            elif outcome.run.status == RunStatus.FAILED and outcome.pdf is None:
                echo(f"{spec.id}: failed: {outcome.run.error}", err=True)
                failed = True
            else:
                for record in outcome.deliveries:
                    if record.status != DeliveryStatus.SENT:
                        echo(
                            f"{spec.id}: delivery to {record.recipient} via {record.channel}: {record.error}",
                            err=True,
                        )
                if outcome.run.status in (RunStatus.FAILED, RunStatus.PARTIAL):
                    failed = True
                echo(str(outcome.pdf))
    return failed


@main.command()
@config_option
@handle_errors
def validate(config_path: str | None) -> None:
    """Check a config file and what it points at (files, folders, templates, environment); run nothing."""
    config = load(config_path, check=True)
    echo(f"{config.path}: ok ({len(config.sources)} sources, {len(config.briefs)} briefs)")


@main.command()
@config_option
@click.option("--check", is_flag=True, help="Try to fetch each source and report its status.")
@handle_errors
def sources(config_path: str | None, check: bool) -> None:
    """List the configured sources (and with --check, try each)."""
    config = load(config_path)
    results = {}
    if check:
        from reporter.sources import fetch_sources

        for result in fetch_sources(config.sources, fetch=config.fetch, resolve_path=config.resolve):
            results[result.source_id] = result
    failed = False
    for source in config.sources:
        where = source.path or source.url or ", ".join(source.urls)
        line = f"{source.id:20} {source.kind:5} {where}"
        if not source.enabled:
            line += "  (disabled)"
        result = results.get(source.id)
        if result is not None:
            line += f"  {result.status}, {len(result.articles)} articles"
            if result.error:
                line += f": {result.error}"
                failed = failed or result.status == "error"
        echo(line)
    sys.exit(1 if failed else 0)


#: What `extract` can read; anything else (a PDF, a Word file) is refused rather than read as empty.
EXTRACT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for articles that carry none.")
@click.option(
    "--workers", type=click.IntRange(1, 64), default=None, help="Processes (default: by input size)."
)
@click.option(
    "--lexicon",
    "lexicons",
    multiple=True,
    type=click.Path(exists=True),
    help="Extra lexicon YAML (repeatable).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Also use this config's extraction.lexicons (as `run` does).",
)
@handle_errors
def extract(
    paths: tuple[str, ...],
    published: str | None,
    workers: int | None,
    lexicons: tuple[str, ...],
    config_path: str | None,
) -> None:
    """Extract facts from article files or .jsonl records; print one JSON object per article.

    Files: .txt and .md (optional YAML front matter: title, url, published, outlet) and .html/.htm
    (main text extracted). Other formats are refused with exit 2; convert them to text first.

    A .jsonl file holds one JSON object per line with the fields: id (default FILE:LINE),
    text or html (one is required), url, title, published (ISO date or date-time). Output follows
    the extraction contract, one line per input article, in input order.
    """
    from datetime import date
    from pathlib import Path

    from reporter.extract import iter_facts

    unreadable = [p for p in paths if Path(p).suffix.lower() not in EXTRACT_SUFFIXES]
    if unreadable:
        fail(
            f"{unreadable[0]}: cannot read {Path(unreadable[0]).suffix or 'files without a suffix'}; "
            f"extract reads {', '.join(EXTRACT_SUFFIXES)} (convert other formats to text first)",
            2,
        )
    day = None
    if published:
        try:
            day = date.fromisoformat(published)
        except ValueError:
            raise click.BadParameter(f"{published!r} is not YYYY-MM-DD", param_hint="--published") from None
    lexicon_paths = [Path(p) for p in lexicons]
    if config_path:
        config = load(config_path)
        lexicon_paths = [config.resolve(p) for p in config.extraction.lexicons] + lexicon_paths
        from reporter.extract.lexicon import check_lexicon_file

        for path in lexicon_paths:
            check_lexicon_file(path)  # a missing or broken lexicon is a config error (exit 2), up front
    out = sys.stdout
    for facts in iter_facts(
        [Path(p) for p in paths],
        published=day,
        lexicon_paths=tuple(lexicon_paths),
        workers=workers,
    ):
        out.write(json.dumps(facts.to_dict(), ensure_ascii=False) + "\n")
    out.flush()


@main.command()
@config_option
@click.option(
    "--workers", type=click.IntRange(1, 64), default=None, help="Processes (default: one per core)."
)
@handle_errors
def reextract(config_path: str | None, workers: int | None) -> None:
    """Extract stored articles again with the current extractor (after an upgrade or a lexicon change).

    Runs in a process pool with progress, apart from any brief: scheduled runs meanwhile use
    the older facts and refresh a few articles each. Safe to interrupt; it resumes where it stopped.
    """
    from reporter.pipeline import reextract as reextract_store
    from reporter.store import open_store

    config = load(config_path)
    with (
        open_store(config.resolve(config.storage.database)) as store,
        progress_bar("Re-extracting") as update,
    ):
        found = reextract_store(config, store=store, workers=workers, progress=update)
    echo(f"re-extracted {found} articles")


# The service commands (serve, status, history, deliver) and preview/export live in their own modules.
for _command in _SERVICE_COMMANDS:
    main.add_command(_command)

main.add_command(preview)
main.add_command(export)
