"""The `reporter` command line: the only place that prints, parses arguments and sets up logging.

Exit codes: 0 ok, 1 the run failed, 2 usage or configuration error. Errors we raise on purpose
become one line on stderr, never a traceback. Heavy modules are imported inside commands so
``reporter --help`` starts fast.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import click

from reporter import __version__

log = logging.getLogger("reporter")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry)


def setup_logging(fmt: str, verbose: int) -> None:
    level = logging.DEBUG if verbose > 1 else logging.INFO if verbose or fmt == "json" else logging.WARNING
    root = logging.getLogger()
    root.handlers.clear()
    if fmt == "json":
        handler: logging.Handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
    elif fmt == "rich" or (fmt == "auto" and sys.stderr.isatty()):
        from rich.logging import RichHandler

        handler = RichHandler(show_path=False, console=_console(stderr=True))
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    # Third-party chatter (fontTools, WeasyPrint's CSS warnings, httpx) only when debugging.
    for noisy in ("fontTools", "weasyprint", "httpx", "httpcore", "trafilatura", "htmldate", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose > 2 else logging.ERROR)


@functools.cache
def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def progress(message: str):
    """A spinner on a terminal; nothing when output goes to a file or a pipe."""
    if sys.stderr.isatty():
        return _console(stderr=True).status(message)
    return contextlib.nullcontext()


def echo(message: str = "", *, err: bool = False) -> None:
    click.echo(message, err=err)


def fail(message: str, code: int) -> None:
    click.echo(f"reporter: {message}", err=True)
    sys.exit(code)


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn our errors into one line and an exit code (2 for config, 1 otherwise)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from reporter.errors import ConfigError, ReporterError

        try:
            return func(*args, **kwargs)
        except ConfigError as exc:
            fail(str(exc), 2)
        except ReporterError as exc:
            fail(str(exc), 1)
        except KeyboardInterrupt:
            fail("interrupted", 130)

    return wrapper


def config_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False),
        envvar="REPORTER_CONFIG",
        default=None,
        help="Config file (default: $REPORTER_CONFIG, else config/reporter.yaml).",
    )(func)


def load(config_path: str | None):
    from reporter.config import load_config

    return load_config(config_path)


def parse_moment(value: str | None) -> datetime | None:
    """--as-of values: ISO date or date-time; naive means UTC."""
    if value is None:
        return None
    from reporter.sources.document import to_utc

    moment = to_utc(value)
    if moment is None:
        raise click.BadParameter(f"{value!r} is not an ISO date or date-time (e.g. 2025-06-16T06:00Z)")
    return moment


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

    config = load(config_path)
    moment = parse_moment(as_of)
    specs = [config.brief(b) for b in brief_ids] if brief_ids else list(config.briefs)
    if not specs:
        fail(f"{config.path}: no briefs configured", 2)
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
    """Check a config file without running anything."""
    config = load(config_path)
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


# The service commands (serve, status, history, deliver) live in their own module.
from reporter.cli.service import COMMANDS as _SERVICE_COMMANDS  # noqa: E402  (needs the helpers above)

for _command in _SERVICE_COMMANDS:
    main.add_command(_command)

from reporter.cli.brief_commands import export, preview  # noqa: E402

main.add_command(preview)
main.add_command(export)
