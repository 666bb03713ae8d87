"""The `reporter` command line: the only place that prints, parses arguments and sets up logging.

Exit codes: 0 ok, 1 the run failed, 2 usage or configuration error. Errors we raise on purpose
become one line on stderr, never a traceback. Heavy modules are imported inside commands so
``reporter --help`` starts fast. Shared helpers live in ``cli.common``; command groups in
``cli.brief_commands`` and ``cli.service`` (neither imports this module).
"""

from __future__ import annotations

import json
import sys

import click

from reporter import __version__
from reporter.cli.brief_commands import export, preview
from reporter.cli.common import (
    config_option,
    echo,
    handle_errors,
    load,
    parse_moment,
    progress,
    setup_logging,
)
from reporter.cli.service import COMMANDS as _SERVICE_COMMANDS


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
            elif outcome.run.status in ("failed",) and outcome.pdf is None:
                echo(f"{spec.id}: failed: {outcome.run.error}", err=True)
                failed = True
            else:
                for record in outcome.deliveries:
                    if record.status != "sent":
                        echo(
                            f"{spec.id}: delivery to {record.recipient} via {record.channel}: {record.error}",
                            err=True,
                        )
                if outcome.run.status in ("failed", "partial"):
                    failed = True
                echo(str(outcome.pdf))
    sys.exit(1 if failed else 0)


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


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for articles that carry none.")
@click.option(
    "--workers", type=click.IntRange(1, 64), default=None, help="Processes (default: by input size)."
)
@click.option(
    "--lexicon", "lexicons", multiple=True, type=click.Path(exists=True), help="Extra lexicon YAML."
)
@handle_errors
def extract(
    paths: tuple[str, ...], published: str | None, workers: int | None, lexicons: tuple[str, ...]
) -> None:
    """Extract facts from article files (.txt, .md, .html) or .jsonl records; print JSON Lines."""
    from datetime import date
    from pathlib import Path

    from reporter.extract import iter_facts

    day = None
    if published:
        try:
            day = date.fromisoformat(published)
        except ValueError:
            raise click.BadParameter(f"{published!r} is not YYYY-MM-DD", param_hint="--published") from None
    out = sys.stdout
    for facts in iter_facts(
        [Path(p) for p in paths],
        published=day,
        lexicon_paths=tuple(Path(p) for p in lexicons),
        workers=workers,
    ):
        out.write(json.dumps(facts.to_dict(), ensure_ascii=False) + "\n")
    out.flush()


# The service commands (serve, status, history, deliver) and preview/export live in their own modules.
for _command in _SERVICE_COMMANDS:
    main.add_command(_command)

main.add_command(preview)
main.add_command(export)
