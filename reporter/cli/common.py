"""What every command module shares: logging set-up, output, error handling, common options."""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import click

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


@contextlib.contextmanager
def progress_bar(message: str) -> Iterator[Callable[[int, int], None]]:
    """An ``update(done, total)`` callback: a bar on a terminal, else a line on stderr per update."""
    if not sys.stderr.isatty():
        yield lambda done, total: click.echo(f"{message}: {done} of {total}", err=True)
        return
    from rich.progress import Progress

    with Progress(console=_console(stderr=True), transient=True) as bar:
        task = bar.add_task(message, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


def echo(message: str = "", *, err: bool = False) -> None:
    click.echo(message, err=err)


def fail(message: str, code: int) -> None:
    for line in message.splitlines() or [""]:
        click.echo(f"reporter: {line}", err=True)
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
        help="Config file (default: $REPORTER_CONFIG, else REPORTER_CONFIG in /etc/default/reporter, "
        "else /etc/reporter/reporter.yaml if present, else config/reporter.yaml).",
    )(func)


def load(config_path: str | None, *, check: bool = False, environment: bool = True):
    """The config; with ``check``, also everything a run will need (files, templates, environment)."""
    from reporter.config import load_config

    config = load_config(config_path)
    if check:
        from reporter.config_check import check_config

        check_config(config, environment=environment)
    return config


def parse_moment(value: str | None) -> datetime | None:
    """--as-of values: ISO date or date-time; naive means UTC."""
    if value is None:
        return None
    from reporter.sources.document import to_utc

    moment = to_utc(value)
    if moment is None:
        raise click.BadParameter(
            f"{value!r} is not an ISO date or date-time (e.g. 2025-06-16T06:00Z)", param_hint="--as-of"
        )
    return moment
